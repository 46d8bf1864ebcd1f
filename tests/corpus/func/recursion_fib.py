# recursive and iterative Fibonacci agree
def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)
def fib_iter(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a
for n in range(15):
    print(n, fib_rec(n), fib_iter(n))
print(fib_iter(90))
