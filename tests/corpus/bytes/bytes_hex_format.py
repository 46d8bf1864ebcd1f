# bytes.hex, bytes.fromhex and %-formatting of bytes
print(b"\x00\x0f\xff".hex(), bytearray(b"AB").hex())
print(bytes.fromhex("48656c6c6f"), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
print(bytes.fromhex(b"xyz".hex()) == b"xyz")
try:
    bytes.fromhex("zz")
except ValueError:
    print("ValueError")
print(b"%d-%s" % (5, b"x"), b"%5d|%-3s|" % (42, b"a"), b"%x %c" % (255, 65), b"%%")
