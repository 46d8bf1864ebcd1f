# hashlib: sha256, sha1, md5 digests (one shot and streamed), copy, attributes
import hashlib

msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3]
for name in ['sha256', 'sha1', 'md5']:
    ctor = getattr(hashlib, name)
    for m in msgs:
        print(name, len(m), ctor(m).hexdigest())
    h = ctor()
    for m in msgs:
        h.update(m)
    print(name, 'streamed', h.hexdigest(), h.digest() == ctor(b''.join(msgs)).digest())
    print(h.name, h.digest_size, h.block_size, len(h.digest()))
h = hashlib.sha256(b'part one, ')
c = h.copy()
h.update(b'part two')
c.update(b'another')
print(h.hexdigest(), c.hexdigest(), h.hexdigest() == hashlib.sha256(b'part one, part two').hexdigest())
print(hashlib.sha1(bytearray(b'xyz')).digest(), hashlib.sha256(memoryview(b'abc')).hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hashlib.new('sha256', b'abc').hexdigest() == hashlib.sha256(b'abc').hexdigest(), hashlib.new('md5').hexdigest())
h = hashlib.sha256()
for i in range(1000):
    h.update(str(i).encode())
print(h.hexdigest())
for bad in ['text', 5]:
    try:
        hashlib.sha256(bad)
    except TypeError:
        print('TypeError')
