# str.translate: a mapping to an int gives that character, which must be in range(0x110000)
print("abc".translate({97: 66, 98: None, 99: "xy"}))
print("a".translate({97: 0x10FFFF}) == chr(0x10FFFF))
for bad in (-1, 0x110000, 2 ** 40, -(2 ** 40)):
    try:
        "a".translate({97: bad})
    except ValueError as e:
        print(type(e).__name__, e)
