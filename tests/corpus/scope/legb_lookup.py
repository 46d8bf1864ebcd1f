# names resolve local, then enclosing, then global, then builtin
name = "global"
def outer():
    name = "enclosing"
    def inner():
        name = "local"
        return name
    def middle():
        return name
    return inner(), middle()
print(outer())
def uses_global():
    return name
print(uses_global())
def uses_builtin():
    return len("four")
print(uses_builtin())
def deep():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            return a + b + c
        return l3()
    return l2()
print(deep())
