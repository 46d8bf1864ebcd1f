# with statements whose manager is a Python class: __enter__ and __exit__ run as frames of the
# program's loop where there is a REPL; their results, exceptions, swallowing, return/break/continue
# through them, generators and nested managers
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v if t is not KeyError else "(key)")
        return self.swallow
with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("boom")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", type(e).__name__)
def f():
    with CM("d") as y:
        return y + "!"
print(f())
for i in range(3):
    with CM("e%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop", i)
class Bad:
    def __enter__(self):
        raise RuntimeError("no enter")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with Bad():
        print("not here")
except RuntimeError as e:
    print("enter failed", e)
class BadExit(CM):
    def __exit__(self, t, v, tb):
        raise OSError("exit failed")
try:
    with BadExit("f"):
        pass
except OSError as e:
    print("exit raised", e)
def g():
    with CM("g") as z:
        yield z
        yield z + "2"
print(list(g()))
with CM("h") as a, CM("i") as b:
    print(a, b)
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class T2(CM):
    def __exit__(self, *a):
        return Truthy(True)
with T2("j"):
    raise IndexError
print("swallowed by __bool__")
