# annotations on parameters, returns and variables are accepted and ignored
def f(x: int, y: "str" = "d", *args: tuple, z: float = 1.0, **kw: dict) -> list:
    return [x, y, args, z, sorted(kw)]
print(f(1))
print(f(1, "s", 2, z=3, w=4))
count: int = 10
print(count)
pending: list
try:
    print(pending)
except NameError:
    print("NameError: annotation alone does not assign")
def g() -> None:
    local: int = 5
    return local
print(g())
class C:
    attr: int = 3
print(C.attr)
