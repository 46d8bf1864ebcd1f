l = [3, 1, 2]
l.extend(range(3))
print(l, l.index(2), l.index(2, 3), l.count(2), l.index(0, -3, -1))
l.insert(-1, 9); l.insert(100, 8); l.insert(-100, 7)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(0)
print(l, l[::-1], l[1:4], l[-2:], l[::2], l[10:], l[:-10])
l[1:3] = ["a", "b"]
print(l)
del l[0]
print(l)
m = [5, 2, 8, 1]
m.sort(reverse=True)
print(m, sorted(m), sorted(["b", "A", "c"], key=lambda s: s.lower()))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] == (1,), (1, 2) <= (1, 2))
print([1, 2] * 2, 2 * [0], [1] * 0, [1] * -1, (1,) * 3, (1, 2) + (3,), [] + [])
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[:-1], len(t), 2 in t, hash((1, 2)) == hash((1, 2)))
a = [1]
b = a
a += [2]
a += (3,)
a += "x"
print(b, a is b)
print(list(), tuple(), list("ab"), tuple([1]), list((1, 2)), list({1: 2}), list(range(3)))
q = [1, 2, 3]
q.reverse()
print(q, q.copy(), q.clear(), q)
print([[1, 2], [3]].index([3]), [1, 2, 3][-1], (1, 2, 3)[-3])
try:
    [1][5]
except IndexError:
    print("IndexError")
try:
    [].pop()
except IndexError:
    print("IndexError pop")
try:
    [1].index(5)
except ValueError:
    print("ValueError")
print(sorted([3, 1, 2], key=lambda v: -v), min([3, 1]), max((1, 5)))
s = [(1, "b"), (0, "z"), (2, "a")]
s.sort(key=lambda p: p[0])
print(s)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(3))))
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab", (3, 4, 5))))
