# is / is not compare identity
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)
def f():
    return a
print(f() is a)
t = ()
print(t is t)
class C:
    pass
o = C()
p = o
print(o is p, C() is C(), type(o) is C)
