# getattr, setattr, hasattr and delattr on instances and classes
class Obj:
    cls_attr = "c"
o = Obj()
setattr(o, "dyn", 5)
print(o.dyn, getattr(o, "dyn"), getattr(o, "cls_attr"))
print(getattr(o, "nope", None), hasattr(o, "dyn"), hasattr(o, "nope"))
name = "computed_" + "name"
setattr(o, name, [1])
print(getattr(o, name))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    getattr(o, "dyn")
except AttributeError:
    print("AttributeError")
try:
    delattr(o, "dyn")
except AttributeError:
    print("AttributeError on delattr")
setattr(Obj, "added", "to class")
print(o.added, Obj.added)
print(getattr(o, "cls_attr").upper())
