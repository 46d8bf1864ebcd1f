# exceptions raised in a generator propagate to the consumer
def faulty():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "generator is finished"))
def guarded(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(guarded([1, 0, 5])))
def consumer():
    try:
        for v in faulty():
            print("consumed", v)
    except ValueError:
        print("consumer handled it")
consumer()
