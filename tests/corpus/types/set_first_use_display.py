# set made first by a display, then a comprehension, then the type called (their code is made at
# first use in the engine bundles)
print(isinstance(1, set), issubclass(frozenset, set))
s = {5, 6}
print(type(s) is set, sorted(s), 5 in s)
print(sorted({x * x for x in range(4)}))
print(sorted(s | {7}), sorted(set("ab")), frozenset() == frozenset(), set() == frozenset())
print(hash(frozenset([1])) == hash(frozenset([1])))
