# converting between floats and ints
print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(float(3), float(-7), float(2 ** 60))
print(float("1.5"), float("  -2.25  "), float("1e3"), float(".5"), float("5."))
print(int(1e10), int(2.0 ** 70))
print(round(2.4), round(2.6), round(-2.4), round(-2.6))
print(round(0.5), round(1.5), round(2.5), round(-0.5))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(3.14159, 2), round(1234.5, -2), round(7, -1))
print(float(True), int(float("12")))
for bad in ["abc", "", "1.2.3"]:
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
