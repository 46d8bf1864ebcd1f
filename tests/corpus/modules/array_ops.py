# array: typecodes, construction, indexing, slicing, methods, bytes, operators, overflow
from array import array

for tc in 'bBhHiIqQfd':
    a = array(tc, [1, 2, 3])
    print(tc, a, a.typecode, a.itemsize, len(a), a[0], a[-1], list(a), sum(a))
a = array('i')
print(a, len(a), a == array('i'), bool(a))
a.append(5)
a.extend([6, 7])
a.extend(array('i', [8]))
a.insert(0, 4)
a.insert(-1, 99)
a.insert(100, 100)
print(a, a.pop(), a.pop(0), a, a.index(99), a.count(6), 6 in a, 42 in a)
a.remove(99)
a.reverse()
print(a, a.tolist(), a[1:3], a[::-1], a[::2], a[5:1])
a[0] = -1
a[1:3] = array('i', [10, 20, 30])
print(a)
del a[0]
del a[1:3]
print(a)
b = array('h', [1, -2, 300])
print(b.tobytes(), array('h', b.tobytes()) == b, array('B', b'\x01\x02\xff'), array('H', b'\x01\x00\x02\x00'))
c = array('b')
c.frombytes(b'\x80\x7f')
print(c, array('d', [0.5, 1.25]).tobytes(), array('f', [0.1])[0], array('f', [1.5, 2.5]))
print(array('i', [1, 2]) + array('i', [3]), array('b', [1, 2]) * 2, 3 * array('b', [0]), array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) == array('i', [1]))
print(array('q', [2 ** 63 - 1, -2 ** 63]), array('Q', [2 ** 64 - 1]), array('I', [2 ** 32 - 1]), array('i', range(5)), array('d', (x / 2 for x in range(3))))
print([x * 2 for x in array('h', [1, 2, 3])], array('i', array('i', [7, 8])))
for tc, v in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 2 ** 15), ('H', -1), ('i', 2 ** 31), ('I', -1), ('q', 2 ** 63), ('Q', -1)]:
    try:
        array(tc, [v])
        print('no error', tc, v)
    except OverflowError:
        print('OverflowError', tc, v)
for bad in [lambda: array('z'), lambda: array('i', [1.5]), lambda: array('i', ['x']), lambda: array('i', [1])[5], lambda: array('i').pop(),
            lambda: array('i', [1]).remove(2), lambda: array('h', b'\x00'), lambda: array('i', [1]) + array('h', [1])]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
# repeats of none, of an empty array, of several items; growth one item at a time
print(array('h', [1, 2]) * 0, array('h', [1, 2]) * -3, array('i') * 5, array('h', [1, -2]) * 3)
g = array('H')
for i in range(3000):
    g.append(i * 7)
print(len(g), sum(g), g[2999], g[1234])
b = bytearray()
for i in range(3000):
    b.append(i & 255)
print(len(b), sum(b), b[2999])
