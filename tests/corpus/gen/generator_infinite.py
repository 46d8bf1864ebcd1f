# infinite generators consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens))
g = naturals()
print(next(g), next(g), next(g))
for v in fib():
    if v > 1000:
        print("first fib over 1000:", v)
        break
