# import ... as binds the module under another name; modules are cached
import sys as system
import sys
print(system is sys)
print(system.maxsize == sys.maxsize)
import sys as a, sys as b
print(a is b)
