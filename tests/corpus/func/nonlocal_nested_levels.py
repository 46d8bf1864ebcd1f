# nonlocal finds the nearest enclosing function scope
def level1():
    x = "L1"
    y = "L1"
    def level2():
        x = "L2"
        def level3():
            nonlocal x, y
            x = "set by L3"
            y = "set by L3"
        level3()
        return x
    r = level2()
    return r, x, y
print(level1())
def a():
    n = 0
    def b():
        def c():
            nonlocal n
            n += 1
        c()
        c()
    b()
    return n
print(a())
