# ** unpacking of mappings into keyword arguments
def f(a, b=0, c=0):
    return (a, b, c)
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"c": 3}))
print(f(**{"a": 1}, **{"c": 5}))
print(f(1, c=2, **{"b": 3}))
def g(**kw):
    return sorted(kw.items())
print(g(**{"x": 1}, y=2))
opts = {"sep": "+", "end": "!\n"}
print(1, 2, **opts)
try:
    f(1, **{"a": 2})
except TypeError:
    print("TypeError duplicate")
try:
    f(**{"zz": 1})
except TypeError:
    print("TypeError unexpected")
