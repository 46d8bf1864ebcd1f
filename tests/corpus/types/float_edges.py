# float: floor division and modulo signs, pow, parsing, comparisons with ints, conversions
for a in (7.5, -7.5, 1e300, 0.25):
    for b in (2, -2.0, 0.5, -0.125):
        print(a // b, a % b, divmod(a, b) == (a // b, a % b))
print(10 ** -5, 10.0 ** 308, 2 ** -1, 2 ** 0.5, 0.5 ** 10, 10.0 ** -300)
print(3.0 ** 3, (-2.0) ** 3, (-2.0) ** -2, 1.5 ** 2, 9 ** 0.5, 4.0 ** 0.5, 1e10 ** 2)
print(float("inf"), float("-inf"), float(" 1.5 "), float("-iNF"), float("1e500"), float("3"))
print(float("1e-5"), float(".5"), float("5."), float("+1.25E+2"), float(12), float(2**70), float(True))
for s in ("", "1.5.2", "abc", "1e", "--1"):
    try:
        float(s)
    except ValueError:
        print("ValueError", repr(s))
x = float("nan")
print(x == x, x != x, x < 1, x > 1, 1 < x, x is x)
print(1.5 > 1, 2 ** 60 == 2.0 ** 60, 10**400 > 1e308, -10**400 < -1e308, 2**53 == 2.0**53)
print(int(2.0**70), int(-1e15), int(0.999), int(-0.999), 1.7976931348623157e308)
print(1 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1e-5, 123456789.123, 1e22, 0.0 == -0.0)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5), round(0.25, 1), round(1.375, 2))
print(round(123.456, -1), round(123.456, 1), round(-123.456, 0), round(15.5, -1), round(25, -1), round(35, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(0.125, 2), round(0.375, 2))
print(round(7.0), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
print(hash(1.0) == hash(1), hash(2.0**20) == hash(2**20), hash(-3.0) == hash(-3), {1.0: "a"}[1], {2**40: "b"}[2.0**40])
print(abs(-1.5), -(1.5), +(-1.5), 3 * 1.5, 1.5 * 3, 7 - 0.5, 0.5 - 7, 1 + 2.0)
for bad in (lambda: 1 / 0.0, lambda: 1 // 0.0, lambda: 1.0 % 0, lambda: 0.0 ** -1, lambda: divmod(1.0, 0)):
    try:
        bad()
    except ZeroDivisionError:
        print("ZeroDivisionError")
