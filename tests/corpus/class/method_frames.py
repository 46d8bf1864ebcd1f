# The Python methods that instructions call on a user instance: property getters and setters,
# __call__, __next__ in for loops, __getitem__ and __setitem__ (with values already on the
# stack below them, inside comprehensions and generators, raising, and inherited)


class Temp:
    def __init__(self):
        self._c = 20
        self.log = []

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self.log.append(v)
        self._c = v
        return "ignored"

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @property
    def broken(self):
        raise ValueError("no sensor")

    read_only = property(lambda self: 1)


t = Temp()
print(t.celsius, t.fahrenheit, [t.celsius + k for k in range(3)])
t.celsius = 25
t.celsius += 5
print(t.celsius, t.log, t.fahrenheit)
a = b = t.celsius
print(a, b, (1, t.celsius, 2))
try:
    t.broken
except ValueError as e:
    print("ValueError", e)
try:
    t.read_only = 5
except AttributeError:
    print("AttributeError")
print(t.read_only)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)


add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=2, z=0, y=1), [add(k)[0] for k in range(3)])
print(max(add(5)[0], 3), str(add(0)[0]) + "!")


class Gen:
    def __call__(self, n):
        for k in range(n):
            yield k * k


print(list(Gen()(4)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


for x in Countdown(3):
    print("x", x)
else:
    print("else after StopIteration")
for x in Countdown(5):
    if x == 2:
        break
else:
    print("not printed")
print("after break", x)
print([x * 2 for x in Countdown(4)], sum(Countdown(4)), list(zip(Countdown(3), "abc")))


def helper(it):
    raise StopIteration


class Delegating:
    def __iter__(self):
        return self

    def __next__(self):
        return helper(self)


for x in Delegating():
    print("never")
print("StopIteration from a function __next__ calls ends the loop too")


class Failing(Countdown):
    def __next__(self):
        if self.n == 1:
            raise KeyError("k")
        return super().__next__()


try:
    for x in Failing(3):
        print("failing", x)
except KeyError as e:
    print(type(e).__name__)


def gen_over(it):
    for v in it:
        yield v + 100


print(list(gen_over(Countdown(3))))


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop)
        return self.cells[key]

    def __setitem__(self, key, value):
        self.cells[key] = value
        return "ignored"


g = Grid()
g[1, 2] = "a"
g[0] = g[1] = 5
g[0] += 10
print(g[1, 2], g[0], g[1], g[2:5], [g[k] for k in (0, 1)], (g[0], g[1]))
try:
    g["missing"]
except KeyError as e:
    print(type(e).__name__)


class CountingDict(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) * 2

    def __setitem__(self, key, value):
        super().__setitem__(key, value + 1)


d = CountingDict()
d["a"] = 1
d["a"] += 1
print(d["a"])
