class A:
    z = 1
    def m(self): pass
class B(A):
    w = 2
b = B()
b.v = 3
d = dir(b)
print([n for n in d if not n.startswith("_")])
print("append" in dir([]), "keys" in dir({}), "split" in dir(str))
import math
print("sqrt" in dir(math), "pi" in dir(math))
print("A" in dir(), "zz" in dir())
