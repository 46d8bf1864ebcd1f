# sets: construction, membership and the set operators
s = {3, 1, 2}
print(sorted(s), len(s))
print(2 in s, 5 in s)
s.add(5)
s.add(1)
print(sorted(s))
s.remove(3)
s.discard(100)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print({1, 2} <= a, {1, 9} <= a, a >= {1}, {1} < {1}, {1} < {1, 2})
print(set() == set(), set([1, 1, 2]) == {1, 2})
print(sorted(set("hello")))
print(len(set()), set())
try:
    s.remove(42)
except KeyError:
    print("KeyError")
e = {1}
print(e, e.pop(), e)
