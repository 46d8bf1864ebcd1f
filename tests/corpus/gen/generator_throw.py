# throw() raises an exception at the paused yield
def resilient():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("handled ValueError:", e)
g = resilient()
print(next(g))
print(g.throw(ValueError("first")))
print(g.send(5))
print(g.throw(ValueError("second")))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError propagated")
print(next(g, "generator is finished"))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(IndexError("before start"))
except IndexError:
    print("IndexError from unstarted generator")
print(next(f, "closed after throw"))
