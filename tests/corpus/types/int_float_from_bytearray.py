# int() and float() read the digits of a bytearray as of a bytes
print(int(bytearray(b"34")), int(bytearray(b" ff "), 16), int(bytearray(b"-0x1f"), 0))
print(float(bytearray(b"2.5")), float(bytearray(b" -1e3 ")), int(b"12"), float(b"0.25"))
for bad in (bytearray(b"x1"), bytearray(b""), bytearray(b"1.5")):
    try:
        int(bad)
    except ValueError:
        print("ValueError", bad)
