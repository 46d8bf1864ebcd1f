# int() and float() of objects use __int__ and __float__
class Fraction:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __int__(self):
        return self.n // self.d
    def __float__(self):
        return self.n / self.d
f = Fraction(7, 2)
print(int(f), float(f))
print(int(Fraction(-7, 2)), float(Fraction(1, 4)))
class NoConv:
    pass
for conv in (int, float):
    try:
        conv(NoConv())
    except TypeError:
        print(conv.__name__, "TypeError")
