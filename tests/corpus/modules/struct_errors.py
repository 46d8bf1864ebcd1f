# struct: errors (struct.error, TypeError, OverflowError), printed by type
import struct

def attempt(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except struct.error as e:
        print('struct.error', e)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__)

attempt(struct.pack, '<b', 128)
attempt(struct.pack, '<b', -129)
attempt(struct.pack, '<B', -1)
attempt(struct.pack, '<B', 256)
attempt(struct.pack, '<i', 2 ** 31)
attempt(struct.pack, '<I', -1)
attempt(struct.pack, '<I', 2 ** 32)
attempt(struct.pack, '<h', 1, 2)
attempt(struct.pack, '<hh', 1)
attempt(struct.pack, '<h', 'x')
attempt(struct.pack, '<h', 1.0)
attempt(struct.pack, '<f', 'x')
attempt(struct.pack, '<f', 1e300)
attempt(struct.pack, '<e', 1e6)
attempt(struct.pack, '<c', b'ab')
attempt(struct.pack, '<c', 'a')
attempt(struct.pack, '<3s', 'abc')
attempt(struct.pack, 'z', 1)
attempt(struct.pack, '<3', 1)
attempt(struct.unpack, '<h', b'\x00')
attempt(struct.unpack, '<h', b'\x00\x00\x00')
attempt(struct.unpack, '<h', 'ab')
attempt(struct.unpack_from, '<i', b'\x00' * 5, 2)
attempt(struct.pack_into, '<i', bytearray(4), 1, 5)
attempt(struct.pack_into, '<i', b'\x00' * 8, 0, 5)
attempt(struct.iter_unpack, '<h', b'\x00\x00\x00')
attempt(struct.calcsize, '<n')
attempt(struct.calcsize, '99999999999999999999i')
print(issubclass(struct.error, Exception))
