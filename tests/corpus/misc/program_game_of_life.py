# Conway's game of life on a small wrapping grid
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dy or dx:
                        n += grid[(y + dy) % h][(x + dx) % w]
            row.append(1 if n == 3 or (n == 2 and grid[y][x]) else 0)
        new.append(row)
    return new
def show(grid):
    for row in grid:
        print("".join("#" if c else "." for c in row))
    print()
g = [[0] * 6 for _ in range(6)]
for y, x in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[y][x] = 1
for _ in range(3):
    show(g)
    g = step(g)
print(sum(map(sum, g)))
