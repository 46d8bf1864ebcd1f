# memoryview over bytes and bytearray: indexing, slices that write through
m = memoryview(b"hello")
print(len(m), m[0], m[-1], bytes(m[1:3]), list(m[3:]))
print(bytes(m) == b"hello", m == b"hello", bytearray(m[:2]))
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
print(ba)
v[1:3] = b"BC"
print(ba)
w = v[3:5]
w[0] = 68
print(ba, bytes(w), len(w))
w[1] = 69
print(ba)
for x in memoryview(b"xyz"):
    print(x)
try:
    m[0] = 1
except TypeError:
    print("TypeError")
try:
    v[0:2] = b"x"
except ValueError:
    print("ValueError")
