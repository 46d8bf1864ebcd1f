# __hash__ with __eq__ makes instances usable as dict keys and set members
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "one-two"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
print(hash(Key(3, 4)) == hash(Key(3, 4)))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
    print("hashable")
except TypeError:
    print("TypeError: unhashable")
class Default:
    pass
o = Default()
print(hash(o) == hash(o), {o: 1}[o])
