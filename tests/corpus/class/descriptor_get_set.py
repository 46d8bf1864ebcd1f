# data descriptors intercept attribute access on instances
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        return obj.store.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("bad type for " + self.name)
        obj.store[self.name] = value
    def __delete__(self, obj):
        del obj.store[self.name]
class Record:
    age = Typed("age", int)
    label = Typed("label", str)
    def __init__(self):
        self.store = {}
r = Record()
print(r.age)
r.age = 30
r.label = "x"
print(r.age, r.label)
try:
    r.age = "old"
except TypeError as e:
    print("TypeError:", e)
del r.age
print(r.age, sorted(r.store))
