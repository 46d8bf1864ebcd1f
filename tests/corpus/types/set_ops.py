# set and frozenset: every operator, method and repr form
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, {3, 4} <= b, a == {4, 3, 2, 1}, a != b)
print(set(), frozenset(), {7}, frozenset({8}), repr(set([5])))
print(type(a | frozenset()).__name__, type(frozenset() | a).__name__)
print(2 in a, 9 in a, 9 not in a, len(a), len(set()), bool(set()), bool({0}))
s = set("hello")
print(sorted(s), len(s))
s.add("z")
s.discard("q")
s.discard("h")
s.remove("e")
try:
    s.remove("e")
except KeyError as e:
    print("KeyError", e.args)
print(sorted(s))
x = s.pop()
print(x in s, len(s))
t = {1, 2}
alias = t
t |= {3}
t &= {1, 2, 3, 9}
t -= {1}
t ^= {2, 10}
print(sorted(alias), alias is t)
e = set()
try:
    e.pop()
except KeyError:
    print("pop empty")
print(sorted(a.union([9])), sorted(a.union(range(11, 13))))
print(sorted(a.intersection([1, 2, 99])), sorted(a.difference([1])))
print(sorted(a.symmetric_difference([4, 5])), a.issubset(range(10)), a.issuperset([1, 1, 2]))
print(a.isdisjoint([7, 8]), a.isdisjoint((1,)))
u = {1, 2, 3}
u.update([4])
u.update({5})
u.intersection_update(range(2, 10))
u.intersection_update([2, 3, 4, 5, 6])
u.difference_update([5])
u.symmetric_difference_update([4, 7])
print(sorted(u))
c = u.copy()
c.clear()
print(c, sorted(u), c is u)
f = frozenset([1, 2, 3])
print(f.union({4}) == frozenset({1, 2, 3, 4}), type(f.copy()).__name__)
print(frozenset(f) == f, hash(f) == hash(frozenset([3, 2, 1])), f == {1, 2, 3})
d = {f: "x"}
print(d[frozenset({1, 2, 3})], frozenset({1, 2}) in {frozenset({1, 2})})
for name in ("add", "pop", "update", "union", "issubset"):
    print(name, hasattr(f, name))
try:
    {[1]}
except TypeError:
    print("unhashable list")
try:
    hash({1})
except TypeError:
    print("unhashable set")
try:
    a | [1]
except TypeError:
    print("set | list")
print(sorted({x % 3 for x in range(10)}), {1, 1.0, True} == {1})
print(sorted(set({1: 2, 3: 4})), sorted(frozenset("aba")))
n = {(1, 2), (1, 2), (2, 1)}
print(sorted(n))
