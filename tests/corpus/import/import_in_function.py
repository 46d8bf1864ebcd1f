# an import inside a function binds a local name
def f():
    import sys
    return sys.byteorder in ("little", "big")
print(f())
try:
    sys
except NameError:
    print("NameError: module name stayed local")
def g():
    from sys import maxsize as m
    return m > 2 ** 30
print(g())
def h():
    global sys
    import sys
h()
print(sys.__name__)
