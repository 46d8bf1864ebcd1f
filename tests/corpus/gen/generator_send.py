# send() resumes the generator and becomes the value of the yield expression
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
        print("received", value)
    yield received
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(0))
g2 = echo()
try:
    g2.send("too early")
except TypeError:
    print("TypeError")
