# global skips enclosing functions; nonlocal targets the nearest one
x = "module"
def outer():
    x = "outer"
    def set_global():
        global x
        x = "set by global"
    def set_nonlocal():
        nonlocal x
        x = "set by nonlocal"
    set_global()
    print("after global:", x)
    set_nonlocal()
    print("after nonlocal:", x)
outer()
print("module x:", x)
def counter():
    global total
    total = 0
    def add(n):
        global total
        total += n
    add(5)
    add(6)
counter()
print(total)
