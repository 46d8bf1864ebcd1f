# binary arithmetic special methods
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
a, b = Vec(1, 2), Vec(5, 7)
print(a + b, b - a, a * 3)
print(b / 2, b // 2, b % 3, a ** 3)
print(a @ b)
print(a + b * 2 - Vec(1, 1))
