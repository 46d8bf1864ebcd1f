# a deterministic random mix of set, dict and list operations (full profile: several-argument set
# methods, view set operations, stepped slice assignment, complex)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
sets = [set() for _ in range(5)]
fz = []
for i in range(400):
    k = rnd(5)
    v = rnd(50)
    op = rnd(10)
    s = sets[k]
    if op == 0: s.add((v, str(v)))
    elif op == 1: s |= {v, v + 1, 2**70 + v}
    elif op == 2: s &= set(range(0, 60, 2)) | {2**70 + j for j in range(60)}
    elif op == 3: s -= {v}
    elif op == 4: s ^= frozenset([v, v * 1.0, -v])
    elif op == 5: s.update([v], (v + 3,), {v: 1})
    elif op == 6: s.discard(v)
    elif op == 7: fz.append(frozenset(s))
    elif op == 8: sets[k] = s.union(*[sets[(k + j) % 5] for j in range(2)])
    else: sets[k] = s.symmetric_difference(sorted(x for x in s if isinstance(x, int))[:3])
tot = 0
for s in sets:
    tot += len(s)
print(tot, len(fz), len({f for f in fz}), sorted(len(f) for f in fz)[-5:])
d = {}
for i in range(300):
    d[str(rnd(40))] = [rnd(9) for _ in range(rnd(4))]
    if rnd(3) == 0:
        d.pop(str(rnd(40)), None)
print(len(d), sum(len(v) for v in d.values()), sorted(d.keys() & {str(j) for j in range(10)}))
l = []
for i in range(300):
    l += [rnd(100)] * rnd(3)
    if rnd(5) == 0:
        del l[rnd(len(l) + 1):]
    l[::3] = [x * 2 for x in l[::3]]
l.sort(key=lambda x: (x % 7, x))
print(len(l), l[:10], round(sum(l) / (len(l) or 1), 3))
print([complex(rnd(5), rnd(5)) ** 2 for _ in range(4)], [round(rnd(1000) / 7, 2) for _ in range(5)])
