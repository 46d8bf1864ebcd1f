# in a chain each operand is evaluated at most once, and evaluation stops
# at the first false comparison
calls = []
def v(name, value):
    calls.append(name)
    return value
print(v("a", 1) < v("b", 2) < v("c", 3))
print(calls)
calls.clear()
print(v("a", 1) < v("b", 0) < v("c", 3))
print(calls)
calls.clear()
print(v("a", 1) == v("b", 1) != v("c", 2) <= v("d", 2))
print(calls)
