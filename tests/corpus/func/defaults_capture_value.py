# a default keeps the value the expression had at def time
n = 1
def f(x=n):
    return x
n = 2
print(f(), n)
fs = []
for i in range(3):
    def g(i=i):
        return i * 10
    fs.append(g)
print([h() for h in fs])
def outer():
    base = 5
    def inner(v=base + 1):
        return v
    base = 100
    return inner()
print(outer())
