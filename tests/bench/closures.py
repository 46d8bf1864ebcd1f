# Closures: nested functions over enclosing variables, nonlocal, lambdas, higher-order calls.
N = 150000  # duk: 2500


def make_counter(start):
    n = start

    def inc(k):
        nonlocal n
        n += k
        return n

    return inc


def make_adder(a):
    return lambda x: x + a


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def apply_n(f, n, x):
    for i in range(n):
        x = f(x)
    return x


def run(n):
    total = 0
    counter = make_counter(0)
    for i in range(n):
        total += counter(i & 7) & 1023
    adders = [make_adder(k) for k in range(10)]
    for i in range(n):
        total += adders[i % 10](i) & 1023
    double_then_inc = compose(make_adder(1), lambda x: (x * 2) & 65535)
    total += apply_n(double_then_inc, n, 3)
    for i in range(n // 10):
        c = make_counter(i)
        c(1)
        total += c(2)
    return total


print("closures", run(N))
