# exceptions propagate out of comprehensions and generator expressions
def inv(x):
    return 10 // x
try:
    print([inv(x) for x in [1, 2, 0, 5]])
except ZeroDivisionError:
    print("ZeroDivisionError from list comprehension")
g = (inv(x) for x in [5, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("ZeroDivisionError from generator expression")
print(next(g, "generator finished"))
try:
    {k: 1 // k for k in range(3)}
except ZeroDivisionError:
    print("ZeroDivisionError from dict comprehension")
