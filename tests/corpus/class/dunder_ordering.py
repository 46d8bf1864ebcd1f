# the rich comparison methods, used directly and by sorted/min/max
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
vs = [Version(2), Version(1, 5), Version(1, 10, 1), Version(0, 9)]
print(sorted(vs))
print(min(vs), max(vs))
print(sorted(vs, reverse=True))
print(Version(1) < Version(1, 0) < Version(2))
