# super() through a chain of single inheritance
class A:
    def __init__(self):
        self.trail = ["A"]
    def name(self):
        return "A"
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")
    def name(self):
        return "B>" + super().name()
class C(B):
    def __init__(self):
        super().__init__()
        self.trail.append("C")
    def name(self):
        return "C>" + super().name()
c = C()
print(c.trail)
print(c.name())
print(B().name())
class D(C):
    pass
print(D().name(), D().trail)
