# collections.namedtuple: construction, fields, tuple behaviour, _make/_asdict/_replace, defaults
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), Point._fields, isinstance(p, tuple), type(p).__name__)
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)), p + (3,), p[::-1] if False else p[:1])
print(p._asdict(), p._replace(y=20), Point._make([7, 8]), Point._make(range(2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))

P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3(a=0, c=5), P3._field_defaults)
R = namedtuple('R', 'a, b,c')
print(R(1, 2, 3), R._fields)
E = namedtuple('E', '')
print(E(), len(E()))
N = namedtuple('N', ['abc', 'def', 'ghi', '_x', 'abc'], rename=True)
print(N._fields)

class Vec(namedtuple('Vec', 'x y')):
    def norm2(self):
        return self.x * self.x + self.y * self.y
v = Vec(3, 4)
print(v.norm2(), v, v.x, isinstance(v, tuple), Vec._make((1, 1)).norm2())

for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'z': 2})]:
    try:
        Point(*args, **kw)
    except TypeError:
        print('TypeError', args, kw)
for spec in ['a 1b', 'a _b', 'a a', 'class x', 'ok not-ok']:
    try:
        namedtuple('T', spec)
    except ValueError:
        print('ValueError', spec)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
try:
    p._replace(z=1)
except ValueError:
    print('ValueError _replace')
print(p.count(1), p.index(2), 2 in p, p * 2)
