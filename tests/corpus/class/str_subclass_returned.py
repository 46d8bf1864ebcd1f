# __str__ and __repr__ may return an instance of a str subclass: it is a str
class Name(str):
    def __str__(self):
        return self


class Tag:
    def __init__(self, s):
        self.s = s

    def __str__(self):
        return Name(self.s)

    def __repr__(self):
        return Name("Tag(" + self.s + ")")


print(Name("x"), str(Name("y")))
print(Tag("b"), str(Tag("c")), repr(Tag("d")), [Tag("e")])
print("%s %r" % (Tag("f"), Tag("g")), "{} {!r}".format(Tag("h"), Tag("i")), f"{Tag('j')}")


class Bad:
    def __str__(self):
        return 5


try:
    str(Bad())
except TypeError as e:
    print("TypeError")
