# container behaviour CPython has and MicroPython lacks: recursive reprs, extended slice
# assignment and deletion, list *=, stable sorts, set methods with several arguments, set
# operators on dict views, set keys looked up as frozensets
x = [1, 2]
x.append(x)
print(x)
d = {1: 2}
d[3] = d
d[4] = [d, x]
print(d)
l = [0, 1, 2, 3, 4, 5]
l[::2] = "abc"
print(l)
l[::-2] = [7, 8, 9]
print(l)
del l[::2]
print(l)
del l[::-1]
print(l)
try:
    l2 = [1, 2, 3]
    l2[::2] = [1]
except ValueError:
    print("ValueError size")
a = [1, 2]
b = a
a *= 3
print(b, a is b)
a *= 0
print(b)
s = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
s.sort(key=lambda p: p[0])
print(s)
s.sort(key=lambda p: p[0], reverse=True)
print(s)
print(sorted("bca", reverse=True), sorted([3, 1, 2], key=lambda v: v % 2))
u = {1, 2, 3, 4}
print(sorted(u.union([9], (10,), range(11, 13))), sorted(u.intersection([1, 2, 99], {2, 1})))
print(sorted(u.difference([1], {2})), sorted(u.union()), sorted(u.intersection()))
u.update([5], {6}, range(7, 8))
u.difference_update([1], [2])
u.intersection_update(range(10), [3, 4, 5, 6, 7])
print(sorted(u))
print({1, 2} in {frozenset({1, 2})}, {1, 2} in [frozenset({1, 2})])
v = {frozenset({1}), 2}
v.remove({1})
v.discard({5})
print(v)
k = {"a": 1, "b": 2}.keys()
print(sorted(k | {"c"}), sorted(k & ["a", "z"]), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted({"x"} | k), sorted({"a", "y"} - k), k == {"a", "b"}, k == {"a"}, k != {"a"})
i = {"a": 1, "b": 2}.items()
print(sorted(i | {("c", 3)}), sorted(i - {("a", 1)}), sorted(i & [("b", 2)]), i == {("a", 1), ("b", 2)})
print(type(k | k).__name__, type(i & i).__name__)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["x"] += 1
c["x"] += 1
print(c["x"], c["y"], "y" in c, c.get("z"), len(c))
e = {1: "a"}
alias = e
e |= {2: "b"}
e |= [(3, "c")]
print(alias, e is alias, {1: 1} | {1: 2, 3: 4})
print(list(reversed({1: 2, 3: 4})))
r = range(10**12, 10**12 + 10, 3)
print(r, len(r), r[1], r[-1], list(r), 10**12 + 3 in r, r.index(10**12 + 6), r[::-1], r[1:3])
print(range(0, 10, 2)[::2], range(2**40).stop, len(range(2**31)), range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)))
print(range(5).count(3), range(5).index(4), range(0) == range(5, 2), range(1, 2) == range(1, 3, 5))
s = slice(1, 10, 2)
print(s.indices(5), slice(None, None, -1).indices(4), slice(5).indices(3), slice(1, 2) == slice(1, 2))
print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4][s], "abcdef"[slice(1, None)])
