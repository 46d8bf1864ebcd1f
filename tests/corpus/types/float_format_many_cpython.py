# Number formatting and parsing over thousands of values, exactly as CPython prints them: random
# doubles of every magnitude (subnormals too), every power of ten, halfway cases, and decimal strings
# longer than a double holds (parsing must round correctly). MicroPython's own float formatting
# differs in the last digits; mpjs computes CPython's digits on every engine.
seed = 20261205
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

def double():
    m = rnd(1 << 26) * 67108864 + rnd(1 << 26)
    k = rnd(8)
    if k == 0:
        return m * 2.0 ** -1074 / 2 ** rnd(52)  # subnormal
    e = rnd(2040) - 1020 if k < 3 else rnd(120) - 60
    x = (m / 2.0 ** 52) * 2.0 ** e
    return -x if rnd(2) else x

print("random doubles")
for i in range(400):
    x = double()
    line = "%r %s %.3e %.12g %g" % (x, x, x, x, x)
    if abs(x) < 1e17:
        line += " %.4f" % x
    if float(repr(x)) != x:
        line += " ROUNDTRIP"
    print(line)

print("powers of ten")
for k in range(-330, 309, 1):
    # (10.0 ** k is the C library's pow, which rounds 1e23 and others differently on each host)
    y = float("1e%d" % k)
    print(k, repr(y), str(-y), "%.17g" % y, "{:e}".format(y), "%.3f" % y if k < 25 else "")

print("halfway cases")
for n in range(40):
    h = n + 0.5
    print(h, "%.0f" % h, "%.0f" % -h, round(h), "{:.1f}".format(n / 4 + 0.05), "%.2f" % (n / 8), "%.1e" % (n * 2 + 1.5))

print("long decimal strings")
for i in range(150):
    digits = "".join(str(rnd(10)) for _ in range(17 + rnd(12)))
    s = digits[:1] + "." + digits[1:] + "e" + str(rnd(640) - 330)
    x = float(s)
    print(s, repr(x), "%.17e" % x)

print("specs")
for i in range(150):
    x = double()
    print("{:>14.5}|{:<+12.3e}|{:^#11.0f}|{:010.3g}|{:%}|{:.2%}".format(x, x, x % 1000, x, x % 1, x % 7))
