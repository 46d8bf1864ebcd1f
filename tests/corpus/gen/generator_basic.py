# a function with yield returns a generator
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(count_up(5)))
for v in count_up(2):
    print("for", v)
print(sum(count_up(101)))
def empty():
    return
    yield
print(list(empty()))
