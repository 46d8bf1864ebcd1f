# range, slice and iteration over builtins
r = range(100, 110, 3)
print(r, len(r), r[1], r[-1], list(r), 103 in r, 104 in r, r[1:3], list(r[::-1]))
print(range(-5), list(range(5, 0, -2)), list(range(0, 10, 2)[::2]), range(10)[-3:], len(range(0, -10, -3)))
print(list(reversed(range(1, 10, 4))), 3.0 in range(5), True in range(2))
print(list(iter([1, 2])), list(iter((1,))), list(iter({3: 4})), sorted(iter({5, 6})), list(iter(range(2))), list(iter("ab")))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, 2, ""])))
print(list(enumerate(range(3), 5)), list(zip()), list(zip("ab")))
