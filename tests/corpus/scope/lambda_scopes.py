# lambdas follow the same scoping rules as def
x = 1
f = lambda: x
x = 2
print(f())
def outer():
    y = "enclosed"
    return lambda: y
print(outer()())
g = lambda x: (lambda y: x + y)
print(g(10)(5))
h = lambda n: n if n <= 1 else n * h(n - 1)
print(h(6))
adders = [lambda v, k=k: v + k for k in range(3)]
print([a(10) for a in adders])
