# simple and chained assignment, rebinding
a = 1
print(a)
a = a + 1
print(a)
b = c = d = 7
print(b, c, d)
c = 8
print(b, c, d)
x = [1]
y = x
y.append(2)
print(x)
s = "abc"
t = s
s = s + "d"
print(s, t)
