# binascii: hexlify/unhexlify, base64 both ways, crc32, errors
import binascii

for d in [b'', b'\x00', b'abc', b'\xff\x10\x7f', bytes(range(20)), bytearray(b'hi')]:
    h = binascii.hexlify(d)
    print(h, binascii.unhexlify(h) == bytes(d), binascii.b2a_base64(d), binascii.a2b_base64(binascii.b2a_base64(d)) == bytes(d))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2))
print(binascii.unhexlify('DEADbeef'), binascii.unhexlify(b'0a0B'), binascii.b2a_hex(b'xy'), binascii.a2b_hex('7a'))
print(binascii.b2a_base64(b'hello world', newline=False), binascii.b2a_base64(b'ab'), binascii.b2a_base64(b'a'))
print(binascii.a2b_base64('aGVsbG8gd29ybGQ='), binascii.a2b_base64(b'YWI=\n'), binascii.a2b_base64('YQ=='), binascii.a2b_base64('Y W\nI ='))
print(binascii.a2b_base64('YWJj'), binascii.a2b_base64('YQ==YQ=='), binascii.a2b_base64('!!YWJj!!'))
print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'The quick brown fox jumps over the lazy dog'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'))
print(binascii.crc32(bytes(range(256))), binascii.crc32(b'abc', 0xffffffff), binascii.crc32(b'x', -1))
for f, arg in [(binascii.unhexlify, 'abc'), (binascii.unhexlify, 'zz'), (binascii.a2b_base64, 'YWJ'), (binascii.a2b_base64, 'Y'), (binascii.a2b_base64, 'YWJjZ')]:
    try:
        f(arg)
    except ValueError as e:
        print('ValueError', isinstance(e, binascii.Error))
try:
    binascii.hexlify('str')
except TypeError:
    print('TypeError')
