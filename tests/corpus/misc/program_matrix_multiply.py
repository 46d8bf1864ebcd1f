# matrix multiplication, transpose and identity with nested lists
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)]
            for i in range(rows)]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
print(matmul(a, identity(3)) == a)
m = [[1, 1], [1, 0]]
p = identity(2)
for _ in range(30):
    p = matmul(p, m)
print(p)
