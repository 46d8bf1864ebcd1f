# several for and if clauses run like nested loops, left to right
print([(x, y) for x in range(3) for y in "ab"])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([(a, b) for a in range(4) if a % 2 for b in range(a)])
print([c for word in ["hi", "yo"] for c in word])
print([x for x in range(20) if x % 2 if x % 3])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
