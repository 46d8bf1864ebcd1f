# sequences compare element by element
print((1, 2, 3) < (1, 2, 4))
print((1, 2) < (1, 2, 3))
print((2,) > (1, 100))
print([1, "b"] < [1, "c"])
print([] < [0], () == ())
print((1, 2) <= (1, 2), (1, 3) >= (1, 2, 9))
print(max([(1, "z"), (2, "a"), (2, "b")]))
print(min([[3], [1, 5], [1, 4]]))
print(sorted([(2, "b"), (1, "x"), (2, "a"), (1, "a")]))
try:
    (1, "a") < (1, 2)
except TypeError:
    print("TypeError")
print((1, "a") < (2, 2))
