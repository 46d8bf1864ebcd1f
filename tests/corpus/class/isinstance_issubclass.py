# isinstance and issubclass with classes, builtins and tuples of types
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, int)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)))
print(issubclass(B, object), isinstance(b, object), isinstance(A, type))
print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), type(None).__name__)
print(issubclass(int, bool))
print(isinstance(KeyError(), LookupError), issubclass(KeyError, Exception))
try:
    isinstance(b, "notatype")
except TypeError:
    print("TypeError")
