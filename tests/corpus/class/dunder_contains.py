# `in` uses __contains__, else iterates with __iter__ or __getitem__
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in Evens(), 5 in Evens(), 5 not in Evens())
class Iterable:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in Iterable())
print(9 in Iterable())
class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print(16 in Seq(), 5 in Seq())
class Truthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in Truthy())
