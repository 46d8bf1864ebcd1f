# type(obj), obj.__class__ and class names
class Thing:
    pass
class Sub(Thing):
    pass
t = Thing()
s = Sub()
print(type(t) is Thing, type(s) is Thing, type(s) is Sub)
print(t.__class__ is Thing, s.__class__.__name__)
print(type(t).__name__, Sub.__name__)
print(type(Thing) is type, type(type) is type)
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__)
print(type(len).__name__ in ("builtin_function_or_method", "function"))
other = type(s)()
print(type(other).__name__)
print(Sub.__bases__[0] is Thing, Thing.__bases__[0] is object)
