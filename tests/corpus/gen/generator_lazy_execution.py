# a generator body runs only as values are requested
def traced():
    print("start")
    yield 1
    print("after first")
    yield 2
    print("end")
g = traced()
print("created")
print(next(g))
print("between")
print(next(g))
print(next(g, "done"))
print(next(g, "still done"))
