# / always gives a float
print(1 / 2)
print(4 / 2)
print(-9 / 4)
print(10 / 4 * 4)
print(type(4 / 2).__name__)
print(2 ** 70 / 2 ** 69)
print(7 / 7.0)
print(1 / 8, 3 / 16)
for a, b in [(1, 0), (1.5, 0), (0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError:
        print("ZeroDivisionError", a, b)
