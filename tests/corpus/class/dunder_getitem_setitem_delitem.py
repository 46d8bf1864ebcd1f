# container special methods __getitem__, __setitem__, __delitem__, __len__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
    def __len__(self):
        return len(self.cells)
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 2)
g[0, 0] = "#"
g[3, 1] = "@"
g[1, 1] = "o"
print(g.render())
print(len(g))
del g[1, 1]
print(len(g), g[1, 1])
try:
    del g[9, 9]
except KeyError:
    print("KeyError")
