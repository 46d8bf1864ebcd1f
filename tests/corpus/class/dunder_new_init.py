# __new__ creates the object, then __init__ initialises it
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        obj = super().__new__(cls)
        obj.created = True
        return obj
    def __init__(self, value):
        print("__init__", value)
        self.value = value
t = Traced(5)
print(t.created, t.value)
class Sub(Traced):
    pass
s = Sub(6)
print(type(s).__name__, s.value)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(Other())
