# subscripts with colons reach __getitem__ as slice objects
class Recorder:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", len(key))
        return ("index", key)
r = Recorder()
print(r[1])
print(r[1:2])
print(r[::3])
print(r[:])
print(r[5:1:-1])
print(r[-1:])
print(r[:"end"])
print(r[1, 2])
print(r[1:2, 3])
