# defining a class, creating instances, attributes and methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
p = Point(1, 2)
print(p.x, p.y)
q = p.moved(3, 4)
print(q.describe(), p.describe())
p.x = 10
print(p.describe())
p.label = "new attribute"
print(p.label)
print(type(p).__name__, Point.__name__)
print(isinstance(p, Point), isinstance(1, Point))
