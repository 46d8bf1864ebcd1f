# returning NotImplemented hands the operation to the other operand
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled it"
    def __eq__(self, o):
        print("B.__eq__")
        return True
print(A() + B())
print(A() == B())
class C:
    def __add__(self, o):
        return NotImplemented
try:
    C() + C()
except TypeError:
    print("TypeError")
a = A()
print(a == a)
