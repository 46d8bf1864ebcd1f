# class attributes are shared until an instance assigns its own
class Dog:
    kind = "canine"
    def __init__(self, name):
        self.name = name
a = Dog("rex")
b = Dog("fido")
print(a.kind, b.kind, Dog.kind)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "dog"
print(a.kind, b.kind, Dog.kind)
del a.kind
print(a.kind)
print(hasattr(Dog, "name"), hasattr(a, "name"))
Dog.legs = 4
print(a.legs, b.legs)
