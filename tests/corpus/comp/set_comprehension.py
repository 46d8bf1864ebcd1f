# set comprehensions remove duplicates
s = {x % 4 for x in range(20)}
print(sorted(s), len(s))
print(sorted({c for c in "hello world" if c != " "}))
print({x for x in []} == set())
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print(type({1 for _ in "x"}).__name__)
