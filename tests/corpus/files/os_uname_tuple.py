# os.uname() is a tuple with named fields: it compares, slices and unpacks as a tuple
import os
u = os.uname()
print(u == tuple(u), tuple(u) == u, u != tuple(u), u == list(u), u[:2] == tuple(u)[:2])
print(u <= tuple(u), tuple(u) >= u, u < tuple(u) + ("z",))
print(len(u), type(u.sysname).__name__, u.sysname == u[0], u.machine == u[4])
a, b, c, d, e = u
print(a == u.sysname, e == u.machine)
# an OSError's strerror is its second argument, None when it has one argument
print(OSError(5).strerror, OSError(5, "Input/output error").strerror)
