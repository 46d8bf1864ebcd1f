# a class with only __getitem__ is iterable until IndexError
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
print(list(Squares(5)))
for s in Squares(3):
    print(s)
print(Squares(4)[3], sum(Squares(4)))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
class Letters:
    def __getitem__(self, i):
        return "abc"[i]
print(list(Letters()))
