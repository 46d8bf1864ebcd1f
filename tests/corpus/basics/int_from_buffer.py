# int.from_bytes over every buffer a driver reads into: bytes, bytearray, memoryview slices
buf = bytearray(b"\x01\x02\x03\x04")
print(int.from_bytes(buf, "big"), int.from_bytes(buf, "little"))
print(int.from_bytes(memoryview(buf)[1:3], "big"), int.from_bytes(bytearray(), "big"))
print(int.from_bytes(bytearray(b"\xff\xfe"), "big", signed=True))
buf[0] = 0x80
print(int.from_bytes(buf, "big", signed=True), int.from_bytes(b"\x00" * 20 + buf, "little"))
try:
    int.from_bytes("ab", "big")
except TypeError:
    print("TypeError")
