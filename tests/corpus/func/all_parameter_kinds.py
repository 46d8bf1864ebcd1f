# positional, default, *args, keyword-only and **kwargs together
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 20, 30, 40, c=3))
print(f(a=1, c=3, d=5, e=6))
print(f(1, 2, c=3, z=0, y=9))
print(f(*[1, 2, 3], **{"c": 0, "x": 1}))
def g(x, *, y=1, **kw):
    return x, y, sorted(kw)
print(g(0), g(0, y=2, z=3))
