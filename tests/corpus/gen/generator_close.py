# close() raises GeneratorExit inside the generator and runs its finally
def worker():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = worker()
print(next(g))
g.close()
print(next(g, "closed"))
g.close()
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catcher()
next(c)
c.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print("RuntimeError: generator ignored GeneratorExit")
unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs no code")
