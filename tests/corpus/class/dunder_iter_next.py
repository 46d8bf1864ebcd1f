# an iterator class with __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
for v in Countdown(2):
    print("v", v)
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(3)
print(list(r), list(r))
