# a generator expression evaluates its first iterable at once, the rest on demand
def source(n):
    print("source called")
    for i in range(n):
        print("yield", i)
        yield i
g = (x * 10 for x in source(3))
print("generator made")
print(next(g))
print("between")
for v in g:
    print("got", v)
def inner():
    print("inner iterable evaluated")
    return [1, 2]
h = ((a, b) for a in [1, 2] for b in inner())
print("second generator made")
print(list(h))
