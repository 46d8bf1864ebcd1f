# parameters after * or *args can only be passed by keyword
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2))
print(f(1, flag=True, key="k"))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional")
try:
    f(1)
except TypeError:
    print("TypeError missing key")
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b"), g("a", "b", sep="+"))
def h(*, only):
    return only
print(h(only="x"))
