# starred targets collect the rest into a list
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
x, *empty, y = (1, 2)
print(x, empty, y)
*everything, = (7, 8)
print(everything)
head, *tail = "x"
print(head, tail)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
try:
    u, *v, w = [1]
except ValueError:
    print("ValueError")
