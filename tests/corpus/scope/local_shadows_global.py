# assignment inside a function makes a local name that shadows the global
x = "global"
def f():
    x = "local"
    return x
print(f(), x)
def g():
    return x
print(g())
def h(x):
    x = x + " param"
    return x
print(h("arg"), x)
items = [1, 2]
def mutate():
    items.append(3)
def rebind():
    items = ["new"]
    return items
mutate()
print(rebind(), items)
