# yield from evaluates to the sub-generator's return value
def sub(n):
    for i in range(n):
        yield i
    return "sub done with " + str(n)
def main():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(1)
    print("r2 =", r2)
    r3 = yield from [7]
    print("r3 =", r3)
    return "main done"
g = main()
print(list(g))
def total(values):
    s = 0
    for v in values:
        s += v
        yield s
    return s
def outer():
    t = yield from total([1, 2, 3])
    yield "total " + str(t)
print(list(outer()))
