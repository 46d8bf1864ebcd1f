# reflected methods run when the left operand does not support the operation
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self.__add__(o)
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __rmul__(self, o):
        return Meters(o * self.v)
    def __rtruediv__(self, o):
        return o / self.v
    def __rpow__(self, o):
        return o ** self.v
    def __repr__(self):
        return "%dm" % self.v
m = Meters(5)
print(m + 1, 1 + m, m + m)
print(10 - m, 3 * m, 20 / Meters(4), 2 ** Meters(5))
print(sum([Meters(1), Meters(2), Meters(3)]))
try:
    m + "x"
except TypeError:
    print("TypeError")
