# polymorphism through a common interface
class Shape:
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h // 2
shapes = [Rect(2, 5), Square(3), Tri(4, 3), Square(1)]
print(sorted(shapes))
print(sum(s.area() for s in shapes))
try:
    Shape().area()
except NotImplementedError:
    print("NotImplementedError")
