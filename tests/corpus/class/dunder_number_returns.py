# __int__ and __float__ must return what they promise
class I:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __float__(self):
        return self.v

    def __hash__(self):
        return self.v


print(int(I(7)), float(I(2.5)), hash(I(12)), hash(I(True)))
for v in ["x", None, [1]]:
    for name, f in (("int", int), ("float", float)):
        try:
            f(I(v))
            print("no error")
        except TypeError:
            print("TypeError", name, type(v).__name__)
