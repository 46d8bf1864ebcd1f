# dict comprehensions
sq = {x: x * x for x in range(5)}
print(sorted(sq.items()))
print(sq[4])
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(sorted(inv.items()))
print(sorted({w: len(w) for w in ["one", "three"]}.items()))
print({x: 1 for x in []})
odd = {n: "odd" for n in range(10) if n % 2}
print(sorted(odd))
dup = {k % 3: k for k in range(7)}
print(sorted(dup.items()))
print(len({c: None for c in "mississippi"}))
