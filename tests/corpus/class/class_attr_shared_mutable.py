# a mutable class attribute is one object seen by every instance
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
class OwnBag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.items is b.items)
c, d = OwnBag(), OwnBag()
c.add(1)
d.add(2)
print(c.items, d.items)
class Registry:
    count = 0
    def __init__(self):
        Registry.count += 1
        self.id = Registry.count
objs = [Registry() for _ in range(3)]
print([o.id for o in objs], Registry.count)
