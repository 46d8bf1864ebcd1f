# * unpacking of iterables into positional arguments
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(1, *[2, 3]))
print(f(*(1, 2), 3))
print(f(*[1], *[2], *[3]))
print(f(*range(3)))
print(f(*"123".split("2"), "9") if False else "skip")
def g(*a):
    return a
print(g(*"abc"), g(*{}), g())
print(g(*[1, 2], 3, *(4,)))
print(*[1, 2, 3])
print(*"xyz", sep="-")
try:
    f(*[1, 2])
except TypeError:
    print("TypeError")
