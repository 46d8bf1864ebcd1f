# An array is a bytes-like object: bytes, bytearray, memoryview and concatenation read its items
# as the machine stores them (little-endian here, as on every mpjs host).
from array import array

a = array('h', [1, -2, 300])
print(bytes(a))
print(bytearray(array('b', [1, 2, -1])))
print(len(bytes(array('f', [1.5, 2.5]))), bytes(array('f', [1.5])).hex())
print(bytes(array('d', [0.5, -0.0])).hex())
print(bytes(array('q', [1, -1]))[:9])
print(bytes(array('I', [0xDEADBEEF])).hex())
print(b'x' + bytes(array('B', [65, 66])))
print(bytes(array('B')))
b = bytearray(b'..')
b.extend(array('B', [67, 68]))
print(b)
