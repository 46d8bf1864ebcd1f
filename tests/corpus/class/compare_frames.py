# Comparisons on instances of Python classes, whose methods run as frames of the program's loop
# where the build has them (vm.ts CMP): results of any type, NotImplemented
# falling back to identity, exceptions raised inside, generators, loops and comprehensions.


class K:
    def __init__(self, k):
        self.k = k

    def __lt__(self, o):
        if not isinstance(o, K):
            return NotImplemented
        return self.k < o.k

    def __le__(self, o):
        return "le result"

    def __eq__(self, o):
        if isinstance(o, K):
            return self.k == o.k
        return NotImplemented

    def __gt__(self, o):
        if isinstance(o, int):
            return self.k > o
        return NotImplemented

    def __repr__(self):
        return "K(" + repr(self.k) + ")"


a, b = K(1), K(2)
print(a < b, b < a, a <= b, a == K(1), a == b, a != K(1), a != b, a > 0, a > 5)
print(a == 1, a != 1, 1 == a, a == None, [a] == [K(1)], a in [K(0), K(1)])
try:
    print(a < "x")
except TypeError:
    print("TypeError for <")
try:
    print(a > "x")
except TypeError:
    print("TypeError for >")


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())


class Boom:
    def __eq__(self, o):
        raise ValueError("no eq")

    def __lt__(self, o):
        return 1 // 0


try:
    Boom() == 1
except ValueError as e:
    print("caught", e)
try:
    print(Boom() < 1)
except ZeroDivisionError:
    print("ZeroDivisionError")


class E:
    def __eq__(self, o):
        return o == 1

    def __ne__(self, o):
        return o != 2


print(E() == 1, E() == 0, E() != 1, E() != 2, 1 == E(), 2 != E())


def count_below(items, limit):
    n = 0
    for x in items:
        if x < limit:
            n += 1
    return n


print(count_below([K(i) for i in range(10)], K(4)), sorted([K(3), K(1), K(2)]), min(K(7), K(5)))
print([x for x in (K(i) for i in range(6)) if x > 2])


class G:
    def __lt__(self, o):
        yield "lt"


print(list(G() < 1))
