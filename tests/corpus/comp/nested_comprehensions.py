# comprehensions inside comprehensions
m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m)
print([[row[i] for row in m] for i in range(3)])
print([[x for x in row if x % 2] for row in m])
print([sum(row) for row in m])
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
print({k: [v * 2 for v in vs] for k, vs in [("a", [1]), ("b", [2, 3])]}["b"])
print([[y for y in range(x)] for x in range(4)])
