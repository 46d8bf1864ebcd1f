# comprehensions over strings, tuples, dicts, ranges, enumerate and zip
d = {"b": 2, "a": 1, "c": 3}
print(sorted(k for k in d))
print(sorted(v for v in d.values()))
print(sorted([(v, k) for k, v in d.items()]))
print([c for c in "a1b2" if c.isdigit()])
print([t[0] for t in ((1, 2), (3, 4))])
print([r for r in range(10, 0, -3)])
print([i for i, ch in enumerate("abc") if ch != "b"])
print([a + b for a, b in zip("abc", "xyz")])
print([x for x in reversed([1, 2, 3])])
