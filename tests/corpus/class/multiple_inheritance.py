# attribute lookup with several independent bases goes left to right
class Swimmer:
    def move(self):
        return "swim"
    def swim_speed(self):
        return 2
class Flyer:
    def move(self):
        return "fly"
    def fly_speed(self):
        return 10
class Duck(Swimmer, Flyer):
    pass
class Goose(Flyer, Swimmer):
    pass
d, g = Duck(), Goose()
print(d.move(), g.move())
print(d.swim_speed(), d.fly_speed(), g.swim_speed())
print(isinstance(d, Swimmer), isinstance(d, Flyer), issubclass(Goose, Swimmer))
class Loud:
    def speak(self):
        return self.word().upper()
class Named:
    def word(self):
        return "quack"
class Both(Loud, Named):
    pass
print(Both().speak())
print([b.__name__ for b in Duck.__bases__])
