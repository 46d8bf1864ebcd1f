# lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda n: n + 1, [1, 2, 3])))
print(list(filter(lambda n: n % 2, range(8))))
make = lambda n: lambda x: x + n
print(make(5)(10))
print((lambda x, *, y: x - y)(10, y=3))
