# __set_name__ tells a descriptor the name it was assigned to
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    first = Field()
    second = Field()
m = Model()
print(m.first)
m.first = 1
m.second = 2
print(m.first, m.second, m._first, m._second)
