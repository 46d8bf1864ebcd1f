# __iter__ written as a generator method
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
print([v * 10 for v in t])
class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in range(0, len(self.items) - 1, 2):
            yield self.items[i], self.items[i + 1]
print(dict(Pairs(["a", 1, "b", 2])) == {"a": 1, "b": 2})
for k, v in Pairs("wxyz"):
    print(k, v)
