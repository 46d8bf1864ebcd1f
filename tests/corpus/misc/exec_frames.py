# exec and eval called from a program's code run as frames of its loop: their globals, results,
# exceptions, and calls from inside other frames (functions, comprehensions, key functions)
g = {}
exec("x = 1\ndef f():\n    return x + 1\ny = f()", g)
print(g["y"], eval("y * 10", g), eval("3 + 4"))


def inner(z):
    exec("print('in', w)", {"w": z})
    return eval("w * 2", {"w": z})


print(inner(5))
try:
    exec("1 / 0")
except ZeroDivisionError:
    print("caught")
try:
    eval("undefined_name")
except NameError:
    print("NameError")
print(exec("a = 3"), a)
r = [eval(s) for s in ("1", "2 + 2")]
print(r, sorted([3, 1, 2], key=lambda v: eval("-v", {"v": v})))
code = compile("total = 0\nfor i in range(5):\n    total += i\n", "prog", "exec")
ns = {}
exec(code, ns)
print(ns["total"])


def gen():
    yield eval("10")
    exec("print('in gen')")
    yield 20


print(list(gen()))
print(eval("[i * i for i in range(4)]"), eval("(lambda q: q + 1)(1)"))
