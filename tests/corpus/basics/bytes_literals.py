# bytes literals, indexing, slicing and repr
b = b"abc\x00\xff\n"
print(b)
print(len(b))
print(b[0], b[-1], b[3])
print(b[1:3], b[:0])
print(b"" == b"", b"a" < b"b", b"ab" + b"cd")
print(b"ab" * 3)
print(b"\x41\x42" == b"AB")
print(b"'", b'"', b"'\"")
print(b"\t\r\\")
print(list(b"hi"))
print(97 in b"abc", b"bc" in b"abc")
for byte in b"AZ":
    print(byte)
