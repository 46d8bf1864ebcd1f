# __setattr__ and __delattr__ intercept every assignment and deletion
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
o = Logged()
o.b = 2
o.a += 10
print(o.a, o.b)
del o.b
print(hasattr(o, "b"))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError", e)
print(f.v)
