# def inside def creates a new function object each call
def outer(n):
    def helper(x):
        return x * n
    return [helper(i) for i in range(3)]
print(outer(2), outer(5))
def make():
    def f():
        return "f"
    return f
a = make()
b = make()
print(a(), b(), a is b)
def conditional(flag):
    if flag:
        def g():
            return "yes"
    else:
        def g():
            return "no"
    return g()
print(conditional(True), conditional(False))
