# closures see the variable, not the value it had when they were made
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 10
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = 99
    return out
print([f() for f in make()])
def make_fixed():
    return [lambda j=j: j for j in range(3)]
print([f() for f in make_fixed()])
def make_via_factory():
    def factory(v):
        return lambda: v
    return [factory(k) for k in range(3)]
print([f() for f in make_via_factory()])
