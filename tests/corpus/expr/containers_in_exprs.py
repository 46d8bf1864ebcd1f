# arithmetic and comparison operators on lists, tuples and strings
a = [1, 2]
print(a + [3] == [1, 2, 3])
print(a * 2 + a)
print([a] * 2)
print((0,) * 3 + (1,))
print("ab" * 2 + "c" < "abac")
print(len(a * 0), [] + [], () + ())
try:
    [1] + (2,)
except TypeError:
    print("TypeError list+tuple")
try:
    "a" + 1
except TypeError:
    print("TypeError str+int")
try:
    [1] * 2.0
except TypeError:
    print("TypeError list*float")
