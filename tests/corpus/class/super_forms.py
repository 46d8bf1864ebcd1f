# zero-argument super(), super(Class, self), and super() in classmethods
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return "base " + str(self.v)
    @classmethod
    def create(cls):
        return cls(0)
class Child(Base):
    def __init__(self, v):
        super(Child, self).__init__(v * 2)
    def get(self):
        return "child/" + super().get()
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = "made by Child.create"
        return obj
c = Child(5)
print(c.v, c.get())
k = Child.create()
print(type(k).__name__, k.v, k.extra)
def helper(self):
    return "helper sees " + str(self.v)
Child.helper = helper
print(c.helper())
