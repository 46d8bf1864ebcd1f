# instances with __call__ are callable
class Multiplier:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, scale=1):
        self.calls += 1
        return x * self.n * scale
triple = Multiplier(3)
print(triple(4), triple(4, scale=10), triple.calls)
print(callable(triple), callable(Multiplier), callable(3))
print(list(map(triple, [1, 2, 3])))
class Chain:
    def __init__(self):
        self.parts = []
    def __call__(self, part):
        self.parts.append(part)
        return self
print(Chain()("a")("b")("c").parts)
