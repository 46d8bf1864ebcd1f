# int() with an explicit base and with base 0
print(int("ff", 16), int("FF", 16))
print(int("777", 8))
print(int("1010", 2))
print(int("z", 36), int("Zz", 36))
print(int("0x1f", 16), int("0b11", 2), int("0o17", 8))
print(int("0x1f", 0), int("0b11", 0), int("0o17", 0), int("99", 0))
print(int("-10", 16), int("+10", 8))
print(int(" 12 ", 10))
print(int("123456789012345678901234567890"))
print(int("1" * 40, 2))
for bad in ["", "12a", "0x", "1.5", "- 1"]:
    try:
        int(bad)
        print("ok?", bad)
    except ValueError:
        print("ValueError for", repr(bad))
