# swapping and rotating with tuple assignment
a, b = "first", "second"
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = y, z, x
print(x, y, z)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(20))
