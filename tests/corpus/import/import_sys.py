# import a builtin module and use its attributes
import sys
print(sys.maxsize >= 2 ** 31 - 1)
print(sys.byteorder in ("little", "big"))
print(type(sys.argv).__name__, type(sys.path).__name__)
print(type(sys.modules).__name__)
print(sys.implementation.name in ("cpython", "micropython"))
print(sys.__name__)
n = sys.stdout.write("written with sys.stdout.write\n")
