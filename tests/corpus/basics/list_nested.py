# lists of lists
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1])
print(m[2][0])
total = 0
for row in m:
    for v in row:
        total += v
print(total)
diag = []
for i in range(3):
    diag.append(m[i][i])
print(diag)
t = []
for j in range(3):
    col = []
    for i in range(3):
        col.append(m[i][j])
    t.append(col)
print(t)
