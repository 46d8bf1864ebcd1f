# in-place methods mutate; without them a += b falls back to a = a + b
# (only __iadd__ and __isub__: MicroPython's default build has no other
# in-place special methods)
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Plain(self.v + o)
a = Acc(1)
alias = a
a += 5
a -= 1
print(a.v, alias is a)
p = Plain(1)
palias = p
p += 5
print(p.v, palias.v, palias is p)
class Weird:
    def __iadd__(self, o):
        return "replaced"
w = Weird()
w += 1
print(w)
