# !r and !s conversions in f-strings and str.format
s = "text"
print(f"{s!r} {s!s} {s}")
n = 42
print(f"{n!r} {n!s}")
lst = ["a", 1]
print(f"{lst!r} {lst!s}")
print(f"{s!r:>10}|{s!s:<8}|")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s}")
print("{!s} {!r}".format(p, p))
