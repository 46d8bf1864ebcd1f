# struct: pack, unpack and calcsize with standard sizes in every byte order
import struct

for fmt in ['<b', '<B', '<h', '>H', '<i', '>I', '<l', '!L', '<q', '>Q', '<e', '<f', '>d', '<?', '<c', '<5s', '<5p', '<3x', '<bhiq', '>2h3B', '= i h', '<0s', '<10p']:
    print(fmt, struct.calcsize(fmt))

print(struct.pack('<h', 1), struct.pack('>h', 1), struct.pack('<H', 65535), struct.pack('>h', -2))
print(struct.pack('<i', -1), struct.pack('>I', 0xdeadbeef), struct.pack('<q', -2), struct.pack('>Q', 2 ** 64 - 1))
print(struct.pack('<bBhHiIqQ', -128, 255, -32768, 65535, -2 ** 31, 2 ** 32 - 1, -2 ** 63, 2 ** 64 - 1))
print(struct.pack('>f', 1.5), struct.pack('<d', -0.1), struct.pack('>e', 1.0), struct.pack('<e', 65504.0), struct.pack('>e', 0.1))
print(struct.pack('>f', 0.1), struct.pack('>e', 6e-8), struct.pack('>e', -0.0), struct.pack('>d', 1e300), struct.pack('<f', 3))
print(struct.pack('<?', 5), struct.pack('<?', []), struct.pack('<c', b'x'), struct.pack('<3s', b'abcdef'), struct.pack('<5s', b'ab'))
print(struct.pack('<5p', b'abc'), struct.pack('<3p', b'abcdef'), struct.pack('<2x'), struct.pack('<bxh', 1, 2))
print(struct.pack('>2h3B', 1, 2, 3, 4, 5), struct.pack('<3s2s', b'ab', bytearray(b'xyz')))

print(struct.unpack('<h', b'\x01\x00'), struct.unpack('>h', b'\xff\xfe'), struct.unpack('<I', b'\xff\xff\xff\xff'))
print(struct.unpack('<q', b'\xfe' + b'\xff' * 7), struct.unpack('>Q', b'\xff' * 8), struct.unpack('<i', bytearray(b'\x00\x00\x00\x80')))
print(struct.unpack('>f', b'?\xc0\x00\x00'), struct.unpack('>d', struct.pack('>d', 0.1)), struct.unpack('<e', b'\x00<'))
print(struct.unpack('>e', b'\x00\x01'), struct.unpack('>e', b'|\x00'), struct.unpack('>e', b'\xfc\x00'), struct.unpack('>f', struct.pack('>f', 0.1)))
print(struct.unpack('<?c3s', b'\x02zabc'), struct.unpack('<5p', b'\x03abcd'), struct.unpack('<5p', b'\x09abcd'))
print(struct.unpack('<bxh', b'\x01\x00\x02\x00'), struct.unpack('>2h3B', b'\x00\x01\x00\x02\x03\x04\x05'))
print(struct.unpack('b3i', struct.pack('b3i', 1, 2, 3, 4)), struct.calcsize('b3i'), struct.unpack('<2s3h', b'ab\x01\x00\x02\x00\x03\x00'))
print(struct.unpack('<hh', memoryview(b'\x01\x00\x02\x00')))

for x in [0.0, 1.0, -2.5, 65504.0, 1e-5, 3.14159, 6.1e-5, 2.0 ** -24, 0.00006103515625, 1000.1]:
    print(x, struct.unpack('<e', struct.pack('<e', x))[0], struct.unpack('<f', struct.pack('<f', x))[0])

buf = bytearray(12)
struct.pack_into('<hi', buf, 2, -1, 258)
print(buf)
struct.pack_into('>h', buf, -2, 0x1234)
print(buf)
print(struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf), struct.unpack_from('>h', buf, offset=10), struct.unpack_from('<B', buf, -1))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), list(struct.iter_unpack('>H', b'')))
