# lambdas created in a comprehension share its single loop variable
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
hs = [(lambda n: lambda: n * 10)(i) for i in range(3)]
print([h() for h in hs])
def make():
    return [lambda x: x + k for k in range(2)]
print([f(100) for f in make()])
