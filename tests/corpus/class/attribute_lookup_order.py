# instance attributes shadow class attributes, which shadow base attributes
class Base:
    x = "base x"
    y = "base y"
    z = "base z"
class Mid(Base):
    y = "mid y"
class Leaf(Mid):
    z = "leaf z"
o = Leaf()
print(o.x, o.y, o.z)
o.x = "instance x"
print(o.x, Leaf.x, Base.x)
Mid.x = "mid x"
print(Leaf.x, o.x)
del o.x
print(o.x)
del Mid.x
print(o.x)
def method(self):
    return "patched"
Base.m = method
print(o.m())
