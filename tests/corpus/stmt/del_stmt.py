# del on names, subscripts, slices and attributes
x = 1
del x
try:
    print(x)
except NameError:
    print("NameError after del")
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError:
    print("KeyError")
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
p = [1, 2, 3]
q = p
del p
print(q)
