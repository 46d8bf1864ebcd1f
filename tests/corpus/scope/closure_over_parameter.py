# parameters are local variables that closures can capture and rebind
def accumulator(total=0):
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator()
print(acc(1), acc(10), acc(100))
acc2 = accumulator(1000)
print(acc2(1), acc(0))
def bind_args(*args, **kw):
    def show():
        return args, sorted(kw.items())
    return show
print(bind_args(1, 2, z=3)())
