# Binary, in-place and unary operators on instances of Python classes, whose methods run as
# frames of the program's loop where the build has them (vm.ts RetMode.OPERATOR, and UNARY_OP):
# results, NotImplemented falling back to the reflected method or to the forward one, subclasses,
# exceptions raised inside, generators, recursion, and operators inside other frames.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        return V(o * 100 + self.x)

    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))

    def __mul__(self, o):
        return NotImplemented

    def __repr__(self):
        return "V(" + repr(self.x) + ")"


class W:
    def __radd__(self, o):
        return "W.radd of " + repr(o)

    def __rmul__(self, o):
        return "W.rmul of " + repr(o)


print(V(1) + V(2), V(1) + 5, 5 + V(1), V(1) + W(), V(2) * W())
for other in ["s", [1], 2.5, None]:
    try:
        print(V(1) + other)
    except TypeError:
        print("TypeError for", type(other).__name__)
try:
    V(1) * 3
except TypeError:
    print("TypeError for *")


class I(V):
    def __iadd__(self, o):
        if o == 0:
            return NotImplemented
        self.x += o
        return self

    def __isub__(self, o):
        return "isub " + repr(o)


a = I(3)
same = a
a += 4
print(a, a is same)
a += 0
print(a, type(a).__name__, a is same)
a = I(1)
a -= 5
print(a)
b = V(1)
b += V(2)
print(b, type(b).__name__)
b -= 1
print(b)


class T(V):
    pass


print(T(2) + V(1), V(1) + V(2) + T(3))


class Boom:
    def __truediv__(self, o):
        raise ValueError("boom " + repr(o))

    def __floordiv__(self, o):
        return 1 // o


for d in [0, 2]:
    try:
        print(Boom() // d)
    except ZeroDivisionError:
        print("ZeroDivisionError")
try:
    Boom() / 7
except ValueError as e:
    print("caught", e)
finally:
    print("finally")


class G:
    def __add__(self, o):
        yield o
        yield o + 1


print(list(G() + 7))


class Chain:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return Chain(self.n - 1) + (o + 1)


print(Chain(50) + 0)


def total(items):
    t = V(0)
    for i in items:
        t = t + i
    return t


print(total(range(5)), [V(i) + 1 for i in range(3)], sum([V(1), V(2)], V(10)))


def gen():
    v = V(0)
    while v.x < 3:
        v = v + 1
        yield v


print(list(gen()))


class M:
    def __matmul__(self, o):
        return "matmul"

    def __pow__(self, o):
        return "pow " + repr(o)

    def __lshift__(self, o):
        return "lshift"

    def __and__(self, o):
        return "and"

    def __mod__(self, o):
        return "mod " + repr(o)


m = M()
print(m @ 1, m ** 2, m << 3, m & 4, m % (5,))
m @= 1
print(m)


class U:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return U()

    def __invert__(self):
        raise KeyError("inv")

    def __repr__(self):
        return "U"


print(-U(), +U(), not U(), [-U() for i in range(2)])
try:
    ~U()
except KeyError:
    print("KeyError from ~")


class NoNeg:
    pass


try:
    -NoNeg()
except TypeError:
    print("TypeError for -")
