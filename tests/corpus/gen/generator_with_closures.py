# generators nested in functions see enclosing variables
def make_gen(prefix):
    count = [0]
    def gen(n):
        for i in range(n):
            count[0] += 1
            yield prefix + str(i)
    return gen, count
g, c = make_gen("x")
print(list(g(3)), c[0])
print(list(g(2)), c[0])
def multiples(k):
    return (k * i for i in range(4))
print([list(multiples(k)) for k in range(1, 4)])
def running(xs):
    total = 0
    def step(x):
        nonlocal total
        total += x
        return total
    for x in xs:
        yield step(x)
print(list(running([1, 2, 3, 4])))
