# return in a generator sets StopIteration.value
def with_result():
    yield "a"
    yield "b"
    return "the result"
g = with_result()
print(list(g))
g = with_result()
for _ in g:
    pass
try:
    next(g)
except StopIteration as e:
    print("after exhaustion:", e.value)
g = with_result()
next(g)
next(g)
try:
    next(g)
except StopIteration as e:
    print("final:", e.value)
def no_return():
    yield 1
h = no_return()
next(h)
try:
    next(h)
except StopIteration as e:
    print("no return:", e.value)
