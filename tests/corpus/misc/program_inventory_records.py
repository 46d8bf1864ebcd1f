# record classes with __eq__, __repr__ and ordering used in a report
class Item:
    def __init__(self, name, qty, price_cents):
        self.name, self.qty, self.price = name, qty, price_cents
    def total(self):
        return self.qty * self.price
    def __eq__(self, other):
        return (self.name, self.qty, self.price) == (other.name, other.qty, other.price)
    def __repr__(self):
        return "Item(%r, %d, %d)" % (self.name, self.qty, self.price)
stock = [Item("bolt", 100, 5), Item("nut", 250, 2), Item("gear", 4, 1250), Item("belt", 0, 899)]
for it in sorted(stock, key=lambda i: -i.total()):
    print("%-5s %4d x %6.2f = %8.2f" % (it.name, it.qty, it.price / 100, it.total() / 100))
print("sum", sum(i.total() for i in stock) / 100)
print([i.name for i in stock if not i.qty])
print(Item("nut", 250, 2) in stock, stock.index(Item("gear", 4, 1250)))
