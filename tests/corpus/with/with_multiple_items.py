# several context managers in one with statement exit in reverse order
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x") as x, CM("y") as y:
        raise RuntimeError("inside")
except RuntimeError:
    print("RuntimeError after both exits")
