# unpacking the wrong number of values raises ValueError, unpacking a
# non-iterable raises TypeError
tests = [
    lambda: [(a, b) for a, b in [(1, 2, 3)]],
    lambda: [(a, b) for a, b in [(1,)]],
    lambda: [(a, b, c) for a, *b, c in [(1,)]],
]
for t in tests:
    try:
        t()
        print("no error")
    except ValueError:
        print("ValueError")
try:
    a, b = 5
except TypeError:
    print("TypeError")
try:
    a, b = None
except TypeError:
    print("TypeError")
a, b = 1, 2
try:
    a, b = [9, 9, 9]
except ValueError:
    print("ValueError, a still", a)
