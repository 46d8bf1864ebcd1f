# closures keep their enclosing variables alive
def make_counter(start):
    count = start
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
a = make_counter(0)
b = make_counter(100)
print(a(), a(), a())
print(b(), b())
print(a())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
