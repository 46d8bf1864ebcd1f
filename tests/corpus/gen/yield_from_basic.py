# yield from delegates to any iterable
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", (3,), range(2))))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def gen_of_gens():
    yield from (i * i for i in range(4))
    yield from {"k": 1}
print(list(gen_of_gens()))
