# subclasses inherit and override methods
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
for a in [Animal("thing"), Cat("tom"), Dog("rex")]:
    print(a.speak(), a.kind())
print(isinstance(Cat("c"), Animal), isinstance(Animal("a"), Cat))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
