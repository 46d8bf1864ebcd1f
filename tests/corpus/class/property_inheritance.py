# properties are inherited and can be overridden
class Shape:
    @property
    def name(self):
        return "shape"
    @property
    def sides(self):
        return 0
    def describe(self):
        return self.name + " with " + str(self.sides) + " sides"
class Square(Shape):
    @property
    def name(self):
        return "square"
    @property
    def sides(self):
        return 4
class Blob(Shape):
    pass
print(Shape().describe())
print(Square().describe())
print(Blob().describe())
print(Blob().name)
