# Big ints: factorial, powers, big Fibonacci numbers, decimal conversion, remainders.
N = 1000  # duk: 300


def digit_sum(n):
    s = 0
    for c in str(n):
        s += ord(c) - 48
    return s


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def big_fib(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a


f = factorial(N)
p = 7 ** N
q = p * p + f
g = big_fib(N * 4)
print("bigint", digit_sum(f), digit_sum(p), digit_sum(q), len(str(g)), f % 1000003, g % 65521)
