# functions without return, bare return and return None
def a():
    x = 1
def b():
    return
def c():
    return None
def d(flag):
    if flag:
        return 1
print(a())
print(b())
print(c())
print(d(True))
print(d(False))
