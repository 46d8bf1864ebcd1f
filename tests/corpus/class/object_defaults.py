# what every object gets from object: identity equality, hashing, str via repr
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b)
print(hash(a) == hash(a))
s = {a, b, a}
print(len(s))
d = {a: "a", b: "b"}
print(d[a], d[b])
o = object()
print(o == o, o is not object())
print(type(o).__name__, isinstance(a, object))
print(str(a) == repr(a))
