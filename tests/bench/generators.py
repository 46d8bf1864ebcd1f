# Generators: generator functions in a pipeline, generator expressions, yield from.
N = 60000  # duk: 2000


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares_mod(it, m):
    for x in it:
        yield (x * x) % m


def chain(a, b):
    yield from a
    yield from b


def pairs(n):
    for i in range(n):
        yield i, i * 3


def run(n):
    total = 0
    for v in squares_mod(evens(count_up(n)), 1009):
        total += v
    total += sum((x * 3) & 255 for x in range(n) if x % 5)
    for v in chain(count_up(n // 2), range(n // 2)):
        total += v & 15
    for a, b in pairs(n // 2):
        total += (a ^ b) & 7
    g = count_up(n)
    total += next(g) + next(g)
    return total


print("generators", run(N))
