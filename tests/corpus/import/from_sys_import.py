# from ... import binds names directly
from sys import maxsize
from sys import byteorder, argv
print(maxsize > 0, byteorder in ("little", "big"), isinstance(argv, list))
from sys import maxsize as biggest, stdout as out
print(biggest == maxsize)
out.write("via stdout alias\n")
try:
    sys
    print("sys bound")
except NameError:
    print("NameError: from-import does not bind the module name")
