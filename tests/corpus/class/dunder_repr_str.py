# __repr__ and __str__: print and str use __str__, containers use __repr__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "just str"
b = Both()
print(b, str(b), repr(b))
print([b], (b,), {"k": b})
r = ReprOnly()
print(r, str(r), [r])
print(StrOnly(), str(StrOnly()))
print("%s %r" % (b, b))
print(f"{b} {b!r}")
print("{!s} {!r}".format(b, b))
