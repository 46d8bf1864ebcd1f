# number behaviour CPython has exactly and MicroPython does not: correctly rounded pow and
# round(), subnormals, exact int/float hashing and comparison, int and float methods
print(1.1 ** 10, 2.0 ** -1074, 5e-324, 0.1 // -1e-3, 0.1 % -1e-3, -0.0, abs(-0.0), float("-0"))
print(round(2.675, 2), round(1.005, 2), round(1e300, 2), round(5e-324, 2), round(-0.4, 0), round(0.5e-320, 323))
print(round(1.2e308, -308), round(123, -5), round(2**70 + 2**69, -21), round(-(10**30) + 5, -1))
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**1000 > 1e300, hash(2.0**70) == hash(2**70), hash(-2.0**100) == hash(-2**100))
print({True: 1, 1: 2, 1.0: 3}, {1, 1.0, True} == {1}, hash(True), hash(False), len({0, False, 0.0}))
print((255).bit_length(), (-2**70).bit_length(), (0).bit_length(), (255).bit_count(), (-7).bit_count())
print((5).real, (5).imag, (5).numerator, (5).denominator, (7).conjugate(), (-5).as_integer_ratio(), True.real)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-8.0).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((0.1).hex(), (1.0).hex(), (5e-324).hex(), (-2.5).hex(), float.fromhex("0x1.8p+1"), float.fromhex("-0x.8p-1"), float.fromhex("0x1p-1074"))
print((1.5).real, (1.5).imag, (1.5).conjugate(), int("1_000"), float("1_000.5"), int("0_0"))
for s in ("1__0", "_1", "1_"):
    try:
        int(s)
    except ValueError:
        print("ValueError", repr(s))
print(pow(3, -1, 7), pow(-2, -3, 11), pow(2, 100, -7), pow(7, -1, 1))
try:
    pow(2, -1, 4)
except ValueError:
    print("ValueError not invertible")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError modulus 0")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError float")
for bad in (lambda: 10.0 ** 400, lambda: 2 ** 2.0 ** 20, lambda: round(float("inf")), lambda: int(float("inf")), lambda: round(1.7976931348623157e308, -308)):
    try:
        bad()
    except OverflowError:
        print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError nan")
print(1.0 ** float("inf"), (-1.0) ** float("inf"), 0.5 ** float("inf"), 2.0 ** float("-inf"), float("inf") ** 0, float("nan") ** 0)
print((-8) ** (1 / 3), (-1) ** 0.5, 10 ** -400, 2 ** -2000 == 0)
print(complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("5"), complex("1e3-2e-3j"), complex("-1.5j"))
for s in ("1+", "", "1+2", "j1", "1 + 2j", "((1j))"):
    try:
        complex(s)
    except ValueError:
        print("ValueError", repr(s))
print(-1j, -(1j), complex(-0.0, -1), complex("-0-1j"), complex(float("inf"), float("nan")))
print((3 + 4j).conjugate(), (1.5).conjugate())
print((3 + 4j) ** 2, (1 + 1j) ** 3, (1 + 1j) ** -1, 1j ** 2, (1 + 2j) ** 0.5, 2 ** 1j, (1j) ** (1j))
