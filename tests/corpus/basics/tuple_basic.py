# tuples: literals, singletons, indexing, slicing, comparison
t = (1, 2, 3)
print(t, len(t))
print(())
print((1,), (1))
u = 4, 5
print(u)
print(t[0], t[-1], t[1:])
print(t + u, u * 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print((1, 2) == (1, 2), (1, 2) == [1, 2])
print(3 in t, 7 not in t)
print(t.index(2), (1, 1, 2).count(1))
n = ((1, 2), (3, (4, 5)))
print(n[1][1][0])
print(tuple([7, 8]), tuple("ab"), tuple())
try:
    t[0] = 9
except TypeError:
    print("TypeError")
