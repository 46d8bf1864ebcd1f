# staticmethod and classmethod called on the class and on instances
class Temp:
    unit = "C"
    @staticmethod
    def convert(c):
        return c * 9 // 5 + 32
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit
class Kelvin(Temp):
    unit = "K"
print(Temp.convert(100), Temp().convert(0))
print(Temp.describe(), Temp().describe())
print(Kelvin.describe(), Kelvin().describe(), Kelvin.convert(-40))
class Plain:
    def helper(x):
        return x * 2
    double = staticmethod(helper)
    @classmethod
    def count(cls, *a):
        return cls.__name__, len(a)
print(Plain.double(4), Plain().double(5), Plain.count(1, 2))
