# type(name, bases, dict) creates a class dynamically
def area(self):
    return self.w * self.h
Rect = type("Rect", (), {"w": 2, "h": 3, "area": area})
r = Rect()
print(Rect.__name__, r.area())
r.w = 10
print(r.area())
Square = type("Square", (Rect,), {"h": 10})
s = Square()
print(s.area(), isinstance(s, Rect), Square.__name__)
