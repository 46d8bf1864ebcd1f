# set methods with their operator equivalents
s = {1, 2, 3}
print(sorted(s.union([4])), sorted(s.intersection({2, 3, 9})))
print(sorted(s.difference([1])), sorted(s.symmetric_difference({3, 4})))
print(s.issubset({1, 2, 3, 4}), s.issuperset({1}), s.isdisjoint({7}))
s.update([5, 6])
print(sorted(s))
s.intersection_update({1, 5, 7})
print(sorted(s))
s.difference_update({1})
print(sorted(s))
t = s.copy()
t.clear()
print(t, s)
u = {1, 2}
u |= {3}
u &= {2, 3}
u -= {2}
u ^= {4}
print(sorted(u))
