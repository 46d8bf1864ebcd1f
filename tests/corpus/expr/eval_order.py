# operands, arguments and display items are evaluated left to right
log = []
def v(x):
    log.append(x)
    return x
v(1) + v(2) * v(3)
print(log)
log.clear()
def f(*a, **k):
    return a
f(v("a"), v("b"), k=v("c"))
print(log)
log.clear()
[v(1), v(2), (v(3), v(4))]
print(log)
log.clear()
a = [0, 0, 0]
a[v(1)] = v(9)
print(log, a)
log.clear()
v(10)[0] if False else v(20)
print(log)
