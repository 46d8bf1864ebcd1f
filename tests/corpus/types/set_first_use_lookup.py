# set and frozenset made first by a lookup on the type (their code is made at first use in the
# engine bundles): a method taken from the type, before any set exists
u = set.union
print(callable(u))
print(sorted(u({1, 2}, [2, 3])))
print(frozenset.__name__, set.__name__)
print(sorted(frozenset.intersection(frozenset([1, 2, 3]), [2, 3, 4])))
s = {3, 1, 2}
s.add(4)
print(sorted(s), len(s), 2 in s, type(s).__name__)
