# generator.throw with something that is not an exception is a TypeError the caller can catch
def g():
    yield 1
    yield 2


for v in (1, int, [1, 2], None, "abc", 2.5):
    x = g()
    print(next(x))
    try:
        x.throw(v)
    except TypeError as e:
        print("TypeError", type(v).__name__)
y = g()
next(y)
try:
    y.throw(ValueError(5))
except ValueError as e:
    print("ValueError", e)
