# exception args and str() of exceptions the program raises
e = ValueError("bad value")
print(e.args, str(e))
e2 = ValueError("two", 2)
print(e2.args, str(e2))
e3 = ValueError()
print(e3.args, repr(str(e3)))
e4 = RuntimeError(42)
print(e4.args, str(e4))
try:
    raise TypeError("msg", [1, 2])
except TypeError as t:
    print(t.args[0], t.args[1], len(t.args))
try:
    raise IndexError
except IndexError as i:
    print(type(i).__name__, i.args)
print(Exception("x").args == ("x",))
print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, BaseException))
