# list comprehensions with transforms and filters
print([x * x for x in range(6)])
print([x for x in range(10) if x % 3 == 0])
print([c.upper() for c in "abc"])
print([str(n) + "!" for n in [1, 2]])
print([x for x in []])
print([(x, x % 2 == 0) for x in range(3)])
print([x if x > 0 else 0 for x in [-2, 5, -1, 3]])
words = ["apple", "kiwi", "fig"]
print([w for w in words if len(w) > 3])
print([len(w) for w in words])
print([[x] for x in "ab"])
