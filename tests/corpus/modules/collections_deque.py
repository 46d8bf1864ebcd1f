# collections.deque
from collections import deque

d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d), 1 in d, 5 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, d.count(3), d.index(4))
d.remove(3)
d.reverse()
print(d)
d[0] = 'first'
del d[1]
print(d, d.copy(), d == deque(d), d == [1])
d.insert(1, 'ins')
print(d)
d.clear()
print(d, len(d))

m = deque([1, 2, 3], 3)
m.append(4)
print(m, m.maxlen)
m.appendleft(0)
print(m)
m.extend(range(10))
print(m, deque(maxlen=2), deque([], 0), deque('abc'), deque(range(3)).maxlen)
z = deque(maxlen=0)
z.append(1)
print(z)

big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
for name, f in [('pop', lambda: deque().pop()), ('popleft', lambda: deque().popleft()), ('index', lambda: deque([1])[5]),
                ('remove', lambda: deque([1]).remove(2)), ('insert', lambda: deque([1], 1).insert(0, 2)), ('maxlen', lambda: deque([], -1))]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(name, type(e).__name__)
