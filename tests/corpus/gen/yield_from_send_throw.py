# send() and throw() pass through yield from to the inner generator
def inner():
    try:
        while True:
            v = yield
            print("inner received", v)
    except KeyError:
        print("inner handled KeyError")
        return "inner returned"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer continues"
g = outer()
next(g)
g.send("x")
g.send("y")
print(g.throw(KeyError()))
def inner2():
    yield 1
    yield 2
def outer2():
    try:
        yield from inner2()
    except ValueError:
        yield "outer2 caught ValueError"
h = outer2()
print(next(h))
print(h.throw(ValueError()))
