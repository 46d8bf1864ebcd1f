# unpacking assignment from tuples, lists, strings and iterators
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
g, = [5]
print(g)
h, i, j = range(3)
print(h, i, j)
k, l = iter([7, 8])
print(k, l)
m, n = {"only": 1, "two": 2}.items() if False else ((1, 2), (3, 4))
print(m, n)
x = y = 0
x, y = y + 1, x + 2
print(x, y)
