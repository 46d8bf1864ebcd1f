# list + and *
a = [1, 2]
b = [3]
print(a + b)
print(b + a)
print(a * 3)
print([0] * 5)
print([] * 10)
print(a + [])
c = a + b
c.append(4)
print(a, b, c)
grid = [[0] * 3, [0] * 3]
grid[0][1] = 5
print(grid)
