# __eq__ defines ==; != uses its inverse unless __ne__ is defined
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
a, b, c = Money(100), Money(100), Money(5)
print(a == b, a == c, a != b, a != c)
print(a == 100, a != 100)
print(a in [Money(1), Money(100)], [a, c].index(Money(5)), [a, b, c].count(a))
class Weird:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return True
w = Weird()
print(w == 1, w != 1)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
