# comparisons across numeric types, and errors for unorderable types
print(1 == 1.0, 1 == True, 0 == False, 2 == 2 + 0j)
print(1 < 1.5, 2.5 > 2, True < 2)
print(2 ** 70 > 1e20, 2 ** 70 < 1e22, 2 ** 53 == 2.0 ** 53)
print("1" == 1, [1] == (1,), None == 0, [] == [])
print(1 != "1")
for a, b in [("a", 1), ([1], (1,)), (None, None), ({}, {})]:
    try:
        print(a < b)
    except TypeError:
        print("TypeError", type(a).__name__, type(b).__name__)
