# closing the outer generator closes the one it delegates to
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
g.close()
print(next(g, "outer closed"))
