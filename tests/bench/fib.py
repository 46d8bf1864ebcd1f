# Recursive calls: naive Fibonacci and the Takeuchi function.
N = 26  # duk: 18


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print("fib", fib(N), "tak", tak(N // 2, N // 3, N // 6))
