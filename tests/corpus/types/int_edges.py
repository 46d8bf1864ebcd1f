# int: floor division and modulo signs, shifts on negatives and big ints, pow, conversions
for a in (7, -7, 2**40 + 3, -(2**40) - 3):
    for b in (2, -2, 3, -3, 2**33, -(2**33)):
        print(a // b, a % b, divmod(a, b) == (a // b, a % b))
print(-1 >> 100, -(2**100) >> 3, (-2**70) >> 69, 1 << 70, -5 >> 1, ~(2**70), -1 << 3, 5 >> 0)
print(-(2**64) & 0xFFFF_FFFF, (2**64 - 1) ^ -1, -12345678901234567890 | 255, -7 & 3, -7 | 3, -7 ^ 3)
print(2**100 // 3**20, 2**100 % 3**20, -(2**100) // 7, -(2**100) % 7)
print(2 ** 64, (-2) ** 63, 10 ** 30, 0 ** 0, 7 ** 1, (-1) ** 1001)
print(pow(2, 10), pow(2, 100, 1000), pow(-3, 3, 7), pow(5, 0, 1), pow(123456789, 987654321, 1000000007))
print(int("0x1f", 16), int("0x1f", 0), int(" -12 "), int("1_000"), int("z", 36), int("0b101", 0))
print(int("0o17", 0), int("  +42\n"), int("-0"), int(3.9), int(-3.9), int(True), int(1e20))
print(int("123456789012345678901234567890"), int("-ffffffffffffffffffff", 16))
for s in ("", "1.5", "0x", "12a"):
    try:
        int(s)
    except ValueError:
        print("ValueError", repr(s))
try:
    int("9", 8)
except ValueError:
    print("ValueError base 8")
print(bin(-10), oct(2**40), hex(-(2**70)), bin(0), hex(255))
print((1024).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(2**53 + 1 > 2**53, 10**20 > 1e19, -10**20 < -1e19, 3 == 3.0, 2**70 == 2.0**70)
print(7 / 2, -7 / 2, 2**80 / 2**78, 1 / 3, 10**30 / 10**10)
print(abs(-5), abs(-2**70), -(-2**70), +(-3), max(2**65, 3), min(-2**65, 0))
print(sum([2**62, 2**62, 2**62]), sum(range(100)), round(7), round(-7))
