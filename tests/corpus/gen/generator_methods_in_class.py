# generator methods use instance state
class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 0, "fig": 2}
    def in_stock(self):
        for name in sorted(self.items):
            if self.items[name]:
                yield name
    def restock(self):
        for name in sorted(self.items):
            self.items[name] += 1
            yield name, self.items[name]
inv = Inventory()
print(list(inv.in_stock()))
print(list(inv.restock()))
print(list(inv.in_stock()))
gen = inv.in_stock()
inv.items["kiwi"] = 5
print(list(gen))
