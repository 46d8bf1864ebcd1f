# frozenset is hashable and immutable
f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f)
g = frozenset([3, 4])
print(sorted(f | g), sorted(f & g))
d = {f: "first", frozenset(): "empty"}
print(d[frozenset([3, 2, 1])], d[frozenset()])
print(f == {1, 2, 3}, frozenset() == frozenset([]))
s = {frozenset([1]), frozenset([1])}
print(len(s))
print(hasattr(f, "add"))
