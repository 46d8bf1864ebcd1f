# += on a list mutates it in place; on tuples and strings it rebinds
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a = a + [4]
print(a, alias, a is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
s = "ab"
salias = s
s += "c"
print(s, salias)
lst = [0]
lst *= 3
print(lst)
b = [1]
b += "xy"
print(b)
b += range(2)
print(b)
