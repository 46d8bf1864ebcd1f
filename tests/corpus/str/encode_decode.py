# str.encode, bytes.decode and str(bytes, encoding)
for s in ["ascii", "héllo", "日本", "😀", ""]:
    b = s.encode()
    print(b, len(b), b.decode() == s, str(b, "utf-8") == s, len(s.encode("utf-8")))
print(b"abc".decode("utf-8"), bytearray(b"xyz").decode(), b"caf\xc3\xa9".decode())
print(str(b"bytes"), str(b"x", "utf-8"))
try:
    b"\xff\xfe".decode()
except UnicodeError:
    print("UnicodeError")
print("abc".encode() == b"abc", "é".encode() == b"\xc3\xa9")
