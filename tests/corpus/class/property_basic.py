# read-only and computed properties
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return self.r * 2
    @property
    def area_x100(self):
        return self.r * self.r * 314
c = Circle(3)
print(c.diameter, c.area_x100)
c.r = 5
print(c.diameter)
try:
    c.diameter = 1
except AttributeError:
    print("AttributeError")
class Temp:
    def __init__(self):
        self._c = 0
    def get_f(self):
        return self._c * 9 // 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 // 9
    f = property(get_f, set_f)
t = Temp()
print(t.f)
t.f = 212
print(t._c, t.f)
