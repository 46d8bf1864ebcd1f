# a StopIteration raised inside a generator body becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration
try:
    print(list(leaky()))
except RuntimeError:
    print("RuntimeError")
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError:
    print("RuntimeError from next() inside generator")
def careful():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v
print(list(careful()))
