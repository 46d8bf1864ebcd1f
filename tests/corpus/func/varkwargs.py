# **kwargs collects extra keyword arguments into a dict
def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1), f(b=2, a=1))
def g(x, **opts):
    return x, sorted(opts)
print(g(1), g(1, y=2, z=3), g(x=0, w=1))
def h(**kw):
    kw["added"] = True
    return len(kw)
d = {"p": 1}
print(h(**d), d)
def forward(*a, **k):
    return f(**k), a
print(forward(1, 2, k=3))
print(type(h).__name__)
