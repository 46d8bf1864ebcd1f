# big-int arithmetic on deterministic pseudo-random operands: every operator, mixed signs and
# sizes, checked through printed values and a digest of the rest
seed = 20240607
def rnd(bits):
    global seed
    r = 0
    for _ in range((bits + 29) // 30):
        seed = (seed * 1103515245 + 12345) % 2147483648
        r = (r << 30) | (seed >> 1)
    return r >> ((bits + 29) // 30 * 30 - bits)
def operand():
    n = rnd(24) % 5
    bits = (1, 15, 31, 64, 200)[n] + rnd(5)
    v = rnd(bits)
    return -v if rnd(1) else v
digest = 0
def mix(v):
    global digest
    digest = (digest * 1000003 + v) % 18446744073709551557
for i in range(240):
    a = operand()
    b = operand()
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -b, abs(a)]
    if b:
        r += [a // b, a % b]
    r += [a << (b % 70), a >> (abs(b) % 90), (a % 1000) ** (abs(b) % 9)]
    if abs(b) > 1:
        r.append(pow(a, abs(b) % 300, abs(b)))
    r += [int(a == b), int(a < b), int(a >= b)]
    for v in r:
        mix(v)
    if i % 12 == 0:
        print(a, b, r[2], r[9] if b else "-", r[12])
print("digest", digest)
for s in ("0", "-0", "123456789012345678901234567890", "-" + "ffff" * 8, "1" * 100):
    base = 16 if "f" in s else 10
    v = int(s, base)
    print(v, hex(v), oct(v)[:20], bin(v)[:20], str(v) == s or base == 16, int(str(v)) == v)
