# classmethods as alternate constructors follow the subclass
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))
    def show(self):
        return "%04d/%02d/%02d" % (self.y, self.m, self.d)
class LoudDate(Date):
    def show(self):
        return "DATE " + super().show()
print(Date.parse("2024-3-9").show())
x = LoudDate.parse("1999-12-31")
print(type(x).__name__, x.show())
print(Date(1, 2, 3).parse("5-6-7").show())
