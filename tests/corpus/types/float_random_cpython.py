# float arithmetic, division, modulo, pow, round and repr round trips on pseudo-random doubles
# (normal and subnormal magnitudes, halfway cases), with a digest of everything computed
seed = 987654321
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def double():
    m = rnd(1 << 26) * 67108864 + rnd(1 << 26)
    e = rnd(80) - 40 if rnd(4) else rnd(2000) - 1074
    x = m * 2.0 ** (e - 52) if e - 52 > -1074 else float(m) * 2.0 ** -1074 * 2.0 ** (e - 52 + 1074)
    return -x if rnd(2) else x
digest = 0
def mix(x):
    global digest
    s = repr(x)
    for c in s:
        digest = (digest * 31 + ord(c)) % 1000000007
for i in range(80):
    a = double()
    b = double()
    r = [a + b, a - b, a * b]
    if b:
        r += [a / b, a // b, a % b]
    r += [round(a, rnd(20) - 5), round(b, 2), float(repr(a)) == a, a < b, a == float(str(a))]
    n = rnd(12) - 6
    if 1e-30 < abs(a) < 1e30:
        r.append(a ** n)
    for v in r:
        mix(v)
    if i % 5 == 0:
        print(a, b, r[2], r[6] if b else "-", r[-1])
halves = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 0.0625]
print([round(x) for x in halves], [round(x, 1) for x in halves], [round(x, 2) for x in halves])
print(digest)
