# unary special methods: __neg__, __pos__, __abs__, __invert__
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(self.v + 1000)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return "inverted " + str(self.v)
    def __repr__(self):
        return "Num(%d)" % self.v
n = Num(-7)
print(-n, +n, abs(n), ~n)
print(-(-n), abs(-n))
try:
    -object()
except TypeError:
    print("TypeError")
