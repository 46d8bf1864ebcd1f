# a comprehension can read variables of the enclosing function and module
factor = 3
def scale(xs):
    offset = 1
    return [x * factor + offset for x in xs]
print(scale([1, 2]))
def pairs(n):
    return [(i, j) for i in range(n) for j in range(i, n)]
print(pairs(3))
def outer():
    base = [10, 20]
    def inner():
        return [b + 1 for b in base]
    return inner()
print(outer())
def uses_param(limit):
    return {n for n in range(10) if n < limit}
print(sorted(uses_param(4)))
