# functions calling functions, and functions as values
def double(x):
    return x * 2
def inc(x):
    return x + 1
def apply(f, x):
    return f(x)
def twice(f, x):
    return f(f(x))
print(apply(double, 5))
print(twice(inc, 5))
print(twice(double, 3))
g = double
print(g(21))
print(apply(len, "four"))
def compose(x):
    return double(inc(double(x)))
print(compose(4))
