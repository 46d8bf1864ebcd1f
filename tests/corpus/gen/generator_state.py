# each call makes an independent generator with its own local state
def counter(start):
    while True:
        start += 1
        yield start
a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
def letters():
    for c in "abc":
        yield c
g = letters()
h = iter(g)
print(h is g)
print(next(g), next(h), list(g))
print(list(g))
