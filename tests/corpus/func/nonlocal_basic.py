# nonlocal rebinds a variable of the enclosing function
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(outer())
def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(no_nonlocal())
def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    add(3)
    add(4)
    return total, items
print(accumulate())
