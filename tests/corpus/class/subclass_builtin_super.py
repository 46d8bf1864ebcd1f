# Subclasses of builtin types reaching the builtin's own methods and special methods, through
# super() and through the type (dict.__setitem__(self, ...)), as wrappers and caches do.


class DoubleDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)

    def __contains__(self, k):
        return super().__contains__(k)


d = DoubleDict()
d[1] = 5
d["a"] = 1
print(d[1], d["a"], 1 in d, 2 in d, len(d))
del d[1]
print(sorted(d.items()), dict.get(d, "a"))


class Counted(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v)
        self.sets = getattr(self, "sets", 0) + 1


c = Counted()
c["x"] = 1
c["y"] = 2
print(sorted(c.items()), c.sets, dict.__getitem__(c, "x"))


class Stack(list):
    def __init__(self, items):
        super().__init__(items)
        self.pushes = 0

    def push(self, x):
        list.append(self, x)
        self.pushes += 1

    def __len__(self):
        return super().__len__() * 10


s = Stack([1, 2])
s.push(3)
print(list(s), s.pushes, len(s), list.__len__(s), super(Stack, s).__len__())


class Upper(str):
    def shout(self):
        return str.upper(self) + "!"


print(Upper("hi").shout(), str.upper("abc"), str.join(",", ["a", "b"]))

# a method of one type given another type's object is a TypeError, not a misread object
for f, args in [(list.append, (memoryview(b"ab"), 1)), (bytearray.append, ((1,), 1)), (str.upper, (5,)), (dict.get, ([], 1)), (set.add, ({}, 1)), (int.bit_length, ("x",))]:
    try:
        f(*args)
    except TypeError:
        print("TypeError")

# object's attribute setters on an object that has no instance dict
for f, args in [(object.__setattr__, (None, "x", 1)), (object.__delattr__, (5, "x")), (object.__setattr__, ("s", "x", 1))]:
    try:
        f(*args)
    except AttributeError as e:
        print("AttributeError", e)
