# a class body runs like code when the class statement executes
print("before class")
class Table:
    print("in class body")
    size = 3
    rows = []
    for i in range(size):
        rows.append(i * i)
    if size > 2:
        big = True
    else:
        big = False
    def method(self):
        return self.size
    alias = method
print("after class")
print(Table.rows, Table.big, Table().alias())
print(hasattr(Table, "i"), Table.i)
class Empty:
    pass
print(Empty.__name__)
