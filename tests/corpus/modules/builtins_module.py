# import builtins: the builtin functions, types and exceptions as a module's attributes
import builtins

print(builtins.__name__)
print(builtins.len([1, 2, 3]), builtins.int is int, builtins.ValueError is ValueError)
print(builtins.hasattr(builtins, "print"), hasattr(builtins, "no_such_builtin"))
for name, value in [("abs", abs), ("min", min), ("sorted", sorted), ("getattr", getattr), ("range", range), ("object", object), ("Exception", Exception)]:
    print(name, getattr(builtins, name) is value)
try:
    builtins.no_such_builtin
except AttributeError:
    print("AttributeError")
