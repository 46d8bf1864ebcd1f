# the loop variable of a comprehension does not leak out
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
y = "outer y"
g = list(y for y in "ab")
print(y, g)
d = {k: k for k in "z"}
try:
    k
    print("k leaked")
except NameError:
    print("k is not defined")
def f():
    i = "local i"
    r = [i for i in range(2)]
    return i, r
print(f())
