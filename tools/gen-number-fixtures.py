#!/usr/bin/env python3
"""Print the number fixtures for tests/unit/{mpz,floatfmt}.test.ts as JSON.

Expected values come from CPython (3.11). Seeded: the output is reproducible.
    python3 tools/gen-number-fixtures.py > tests/unit/fixtures/numbers.json
Floats are given as the 16 hex digits of their IEEE bits; ints as decimal text.
"""
import json
import math
import random
import struct
import sys
from decimal import Decimal
from fractions import Fraction

R = random.Random(20240611)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def frombits(h):
    return struct.unpack('<d', struct.pack('<Q', h))[0]


def fbits(x):
    if math.isnan(x):
        return 'nan'
    return bits(x)


def rint(maxbits=None):
    """A random int: mostly small, some of hundreds of digits, edge values."""
    k = R.random()
    if maxbits is None:
        if k < 0.3:
            nb = R.randint(0, 34)
        elif k < 0.78:
            nb = R.randint(0, 130)
        elif k < 0.97:
            nb = R.randint(100, 700)
        else:
            nb = R.randint(700, 1200)
    else:
        nb = R.randint(0, maxbits)
    kind = R.random()
    if kind < 0.1:
        v = (1 << nb) - 1
    elif kind < 0.2:
        v = 1 << nb
    elif kind < 0.25:
        v = (1 << nb) + 1
    elif kind < 0.3:
        v = 10 ** (nb // 3)
    else:
        v = R.getrandbits(nb) if nb else 0
    if R.random() < 0.5:
        v = -v
    return v


EDGE_INTS = [0, 1, -1, 2, -2, 65535, 65536, -65536, 65537, 2**30 - 1, -2**30, 2**30, -2**30 - 1,
             2**31, 2**32 - 1, 2**32, 2**48, 2**53 - 1, 2**53, 2**53 + 1, 2**64, -2**64, 10**20,
             10**100, -10**100, 3**200, (1 << 1024) - 1, 1 << 1024]


def pairs(n, maxbits=None):
    out = [(a, b) for a in EDGE_INTS[:14] for b in EDGE_INTS[:14] if R.random() < 0.15]
    while len(out) < n:
        out.append((rint(maxbits), rint(maxbits)))
    return out


def s(v):
    return str(v)


def gen_int():
    F = {}
    F['add'] = [[s(a), s(b), s(a + b)] for a, b in pairs(250)]
    F['sub'] = [[s(a), s(b), s(a - b)] for a, b in pairs(250)]
    F['mul'] = [[s(a), s(b), s(a * b)] for a, b in pairs(250)]
    F['cmp'] = [[s(a), s(b), (a > b) - (a < b)] for a, b in pairs(150) + [(x, x) for x in EDGE_INTS]]
    dm = []
    for a, b in pairs(420):
        if b == 0:
            continue
        if R.random() < 0.3:  # one-digit divisors
            b = R.choice([1, -1, 3, -7, 10, 65535, -65535, 32768, R.randint(1, 65535)])
        if R.random() < 0.15 and b:  # near-multiples
            a = b * rint(200) + R.choice([0, 1, -1])
        q, r = divmod(a, b)
        dm.append([s(a), s(b), s(q), s(r)])
    F['divmod'] = dm
    F['pow'] = [[s(a), n, s(a ** n)] for a, n in
                [(rint(80), R.randint(0, 12)) for _ in range(80)] +
                [(R.choice([0, 1, -1, 2, -2, 3, 10, -10, 65536, 12345]), R.randint(0, 300)) for _ in range(40)]]
    pm = []
    for _ in range(120):
        a = rint(300)
        n = abs(rint(300))
        m = rint(300)
        if m == 0:
            m = R.choice([1, -1, 7])
        pm.append([s(a), s(n), s(m), s(pow(a, n, m))])
    F['powmod'] = pm
    for name, op in (('and', lambda a, b: a & b), ('or', lambda a, b: a | b), ('xor', lambda a, b: a ^ b)):
        F[name] = [[s(a), s(b), s(op(a, b))] for a, b in pairs(240, 300)]
    F['not'] = [[s(a), s(~a)] for a in EDGE_INTS + [rint() for _ in range(60)]]
    sh = []
    for _ in range(240):
        a = rint(400)
        n = R.choice([0, 1, 15, 16, 17, 31, 32, 33, 64, R.randint(0, 500)])
        sh.append([s(a), n, s(a << n), s(a >> n)])
    for a in (-1, -2, -3, -65536, -65537, 1, 0):
        for n in (0, 1, 2, 16, 17, 100):
            sh.append([s(a), n, s(a << n), s(a >> n)])
    F['shift'] = sh
    F['bitlen'] = [[s(a), a.bit_length()] for a in EDGE_INTS + [rint() for _ in range(100)]]
    tn = []
    cands = EDGE_INTS + [rint() for _ in range(200)]
    for e in (54, 55, 60, 100, 500, 1000, 1023):  # halfway cases around 2^e
        for base in (1 << e, (1 << e) + (1 << (e - 53)), (1 << e) + (3 << (e - 54)), (1 << (e + 1)) - 1,
                     (1 << e) + (1 << (e - 53)) + 1, (1 << e) + (1 << (e - 54)), (1 << e) + (1 << (e - 54)) + 1):
            cands.append(base)
            cands.append(-base)
    cands += [2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971]
    for a in cands:
        try:
            tn.append([s(a), bits(float(a))])
        except OverflowError:
            tn.append([s(a), 'inf' if a > 0 else '-inf'])
    F['tonum'] = tn
    fn = []
    for x in [0.0, 1.0, -1.0, 1e300, -1e300, 2.0**53, 2.0**53 + 2, 1.7976931348623157e308, 2.0**64, 123456789.0,
              -2.0**31, 2.0**31, 2.5, -2.5, 0.5, -0.9]:
        fn.append([bits(x), s(int(x))])
    for _ in range(100):
        x = frombits(R.getrandbits(64))
        if math.isfinite(x):
            fn.append([bits(x), s(int(x))])
    F['fromnum'] = fn
    st = []
    for _ in range(250):
        a = rint(600)
        base = R.choice([2, 8, 10, 10, 10, 16, 16, 36, R.randint(2, 36)])
        st.append([s(a), base, to_base(a, base)])
    F['str'] = st
    F['badstr'] = [['12a', 10], ['', 10], ['2', 2], ['z', 35], ['-5', 10], ['1 2', 10], ['g', 16], ['.', 10]]
    td = []
    for a, b in pairs(240):
        if b == 0:
            continue
        try:
            td.append([s(a), s(b), bits(a / b)])
        except OverflowError:
            td.append([s(a), s(b), 'inf' if (a < 0) == (b < 0) else '-inf'])
    for _ in range(150):  # subnormal and near-overflow quotients, halfway cases
        b = rint(1200) or 3
        e = R.choice([-1080, -1075, -1074, -1060, -1022, -1000, 0, 53, 1000, 1023, 1024])
        a = int(b * (Fraction(2) ** e) * Fraction(R.randint(1, 2**54), 2**53)) + R.choice([0, 1, -1])
        try:
            td.append([s(a), s(b), bits(a / b)])
        except OverflowError:
            td.append([s(a), s(b), 'inf' if (a < 0) == (b < 0) else '-inf'])
    for a, b in ((1, 3), (2**60 + 1, 2**7), ((1 << 54) + 1, 2), ((1 << 54) + 3, 2), (3, 2**1075), (1, 2**1075),
                 (3, 2**1076), (10**400, 10**399), (-(10**400), 7 * 10**399), (0, -5), (0, 10**30)):
        td.append([s(a), s(b), bits(a / b)])
    F['truediv'] = td
    fb = []
    for _ in range(200):
        n = R.choice([0, 1, 2, 3, 4, 5, 8, 9, 16, 17, R.randint(0, 40)])
        bs = bytes(R.getrandbits(8) for _ in range(n))
        if n and R.random() < 0.3:
            bs = bytes([R.choice([0, 0x80, 0xff, 0x7f])]) + bs[1:]
        be = R.random() < 0.5
        sg = R.random() < 0.5
        fb.append([bs.hex(), be, sg, s(int.from_bytes(bs, 'big' if be else 'little', signed=sg))])
    F['frombytes'] = fb
    tb = []
    vals = EDGE_INTS + [127, 128, -128, -129, 255, 256, -255, -256, 32767, 32768, -32768, -32769] + \
        [rint(80) for _ in range(120)]
    for a in vals:
        for _ in range(2):
            n = R.choice([0, 1, 2, 3, 4, 5, 8, 9, 16, (a.bit_length() + 7) // 8, (a.bit_length() + 8) // 8])
            be = R.random() < 0.5
            sg = R.random() < 0.5
            try:
                out = a.to_bytes(n, 'big' if be else 'little', signed=sg).hex()
            except OverflowError:
                out = None
            tb.append([s(a), n, be, sg, out])
    F['tobytes'] = tb
    return F


def to_base(a, base):
    if a == 0:
        return '0'
    dig = '0123456789abcdefghijklmnopqrstuvwxyz'
    neg = a < 0
    a = abs(a)
    out = []
    while a:
        a, r = divmod(a, base)
        out.append(dig[r])
    return ('-' if neg else '') + ''.join(reversed(out))



def rfloat():
    k = R.random()
    if k < 0.25:
        return frombits(R.getrandbits(64))
    if k < 0.45:
        return R.random() * 10.0 ** R.randint(-10, 20)
    if k < 0.6:
        return float('%.*g' % (R.randint(1, 17), R.random() * 10.0 ** R.randint(-30, 30)))
    if k < 0.7:
        return R.randint(-10**6, 10**6) / R.choice([1, 2, 3, 7, 10, 100, 1000, 1024])
    if k < 0.8:
        return float(R.randint(-2**60, 2**60))
    if k < 0.9:  # subnormals
        return frombits(R.getrandbits(52)) * R.choice([1, -1])
    return R.choice(EDGE_FLOATS)


EDGE_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 5e-324, -5e-324, 1e-323,
               2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
               1e16, 1e15, 9999999999999998.0, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001, 0.00001234,
               1e22, 1e23, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 4.35, 0.5, 1.5, 2.5, 0.125, 0.375,
               1e100, 1e-100, 1e300, 1e-300, 3.141592653589793, 2.718281828459045, 100.0, 1234.5, 0.05,
               0.15, 0.25, 0.35, 0.45, 1.005, 2.675, 1.25, 9.5, 99.5, 999.5, 0.95, 0.995, 9.995,
               float('inf'), float('-inf'), float('nan'), 4.9406564584124654e-324, 8.98846567431158e307,
               1.1, 2.2, 3.3, 1e21, 1e-7, 123e-20, 5e-310, 4503599627370496.5, 4503599627370497.0]
EDGE_FLOATS += [2.0**e for e in range(-1074, 1024, 37)] + [10.0**e for e in range(-323, 309, 7)]


def gen_float():
    F = {}
    rep = []
    seen = set()
    cands = list(EDGE_FLOATS)
    for e in range(-30, 30):
        cands.append(10.0**e)
        cands.append(float('1e%d' % e))
        cands.append(2.0**e)
    for _ in range(3000):
        cands.append(rfloat())
    for x in cands:
        b = fbits(x)
        if b in seen:
            continue
        seen.add(b)
        rep.append([b, repr(x)])
    F['repr'] = rep
    fm = []
    types = ['e', 'f', 'g', 'E', 'F', 'G', '%', '', 'n']
    precs = [-1, -1, 0, 1, 2, 3, 4, 5, 6, 6, 8, 10, 12, 15, 16, 17, 20, 25, 40]
    for i in range(3200):
        x = rfloat() if i % 3 else R.choice(EDGE_FLOATS)
        t = R.choice(types)
        p = R.choice(precs)
        if t == 'n' and R.random() < 0.5:
            continue
        if t in 'fF%' and abs(x) > 1e60 and p > 6 and math.isfinite(x):
            p = R.randint(0, 3)
        if t in 'fF%' and abs(x) > 1e120:
            continue
        alt = R.random() < 0.2
        spec = ('#' if alt else '') + ('.%d' % p if p >= 0 else '') + t
        fm.append([fbits(x), t, p, alt, format(x, spec)])
    # halfway rounding: exact decimal ties
    for x in [0.5, 1.5, 2.5, 0.125, 0.375, 0.625, 2.675, 1.005, 0.045, 1e-5, 5e-324, 1e22, 2.0**70,
              12.5, 1.25, 0.0625, 1234567.5, 4.5e-5]:
        for t in 'efg':
            for p in range(0, 8):
                fm.append([bits(x), t, p, False, format(x, '.%d%s' % (p, t))])
    F['fmt'] = fm
    pa = []
    strs = ['0', '-0', '+0', '0.0', '-0.0', '.5', '5.', '1.e5', '-.5e-3', '1e', 'e5', '.', '-', '+', '', '1e+',
            '1.2.3', '0x10', 'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'nan', '-NaN', 'NAN', 'infinit',
            'nana', '1e400', '-1e400', '1e-400', '2.4703282292062327e-324', '2.4703282292062328e-324',
            '4.9406564584124654e-324', '1.7976931348623157e308', '1.7976931348623158e308',
            '1.7976931348623159e308', '179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999',
            '2.2250738585072011e-308', '2.2250738585072012e-308', '0.1', '0.30000000000000004', '9007199254740993',
            '9007199254740993.0000000001', '123456789012345678901234567890', '1' + '0' * 400, '0.' + '0' * 400 + '1',
            '00000000001.5', '1_000', ' 1', '1 ', '1e0000000000000000000005', '1e-99999999999999999999',
            '1e99999999999999999999', '0e99999999999', '12345678901234567890e-30', '1.5e15', '123456789012345e22',
            '123456789012345e23', '1e22', '1e23', '8.98846567431158e307', '3.4e38', '7e-1', '1E5', '1e+05',
            '5e-324', '3e-324', '2e-324', '1e-323']
    for x in EDGE_FLOATS + [R.choice(EDGE_FLOATS) for _ in range(10)]:
        if math.isfinite(x) and x != 0:
            strs.append(repr(x))
            strs.append('%.17e' % x)
            strs.append('%.25e' % x)
    for _ in range(1200):
        k = R.random()
        if k < 0.4:
            strs.append('%.*e' % (R.randint(0, 25), rfloat()))
        elif k < 0.6:
            strs.append(''.join(R.choice('0123456789') for _ in range(R.randint(1, 40))) +
                        R.choice(['', '.', '.' + str(R.randint(0, 10**R.randint(1, 20)))]) +
                        R.choice(['', 'e%d' % R.randint(-340, 320), 'E+%d' % R.randint(0, 30)]))
        else:
            # exact halfway between two adjacent doubles, and just around it
            x = abs(rfloat())
            if not math.isfinite(x) or x == 0 or x == 1.7976931348623157e308:
                continue
            nx = math.nextafter(x, math.inf)
            mid = (Decimal(x) + Decimal(nx)) / 2
            if R.random() < 0.6 and len(str(mid)) > 200:
                continue
            m = format(mid, 'f') if abs(mid.adjusted()) < 30 else format(mid, 'e')
            strs.append(m)
            if R.random() < 0.3:
                strs.append(m + '1')
            if R.random() < 0.3 and '.' in m:
                strs.append(m.rstrip('0')[:-1] + '4' + '9' * 5)
    for st in strs:
        try:
            v = float(st)
            if '_' in st or st != st.strip():
                v = None
        except ValueError:
            v = None
        pa.append([st, None if v is None else fbits(v)])
    F['parse'] = pa
    return F


def main():
    data = {'python': sys.version.split()[0], 'int': gen_int(), 'float': gen_float()}
    json.dump(data, sys.stdout, separators=(',', ':'))
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
