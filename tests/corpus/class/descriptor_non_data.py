# a descriptor with only __get__ computes values; functions are such descriptors
class Doubler:
    def __get__(self, obj, owner):
        return obj.base * 2
class Thing:
    doubled = Doubler()
    def __init__(self, base):
        self.base = base
t = Thing(21)
print(t.doubled)
t.base = 5
print(t.doubled)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        return self.fn(obj)
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @Lazy
    def full(self):
        return self.first + " " + self.last
print(Person("ada", "lovelace").full)
