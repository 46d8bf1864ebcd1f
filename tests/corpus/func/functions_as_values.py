# functions stored in containers, passed and returned
def inc(x): return x + 1
def dbl(x): return x * 2
ops = {"inc": inc, "dbl": dbl}
print(ops["inc"](1), ops["dbl"](5))
pipeline = [inc, dbl, inc]
v = 3
for f in pipeline:
    v = f(v)
print(v)
print(inc.__name__, dbl.__name__, (lambda: 0).__name__)
def pick(name):
    return ops[name]
print(pick("dbl")(pick("inc")(0)))
print(callable(inc), callable(ops), callable(print), callable(len))
print(inc == inc, inc == dbl)
print(sorted(ops))
