# returning several values as a tuple
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r)
print(divmod2(9, 3))
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 1, 8])
print(lo, hi)
def nothing():
    return
print(nothing())
def many():
    return 1, [2], "three"
a, b, c = many()
print(a, b, c, many())
