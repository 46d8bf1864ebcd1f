# Sums, differences and small products of big ints: signs, carries and borrows across many
# digits, results that shrink back to small ints, and loops that grow them.

B = 2 ** 64
vals = [B, -B, B + 1, -(B + 1), B - 1, 2 ** 30, -(2 ** 30), 2 ** 31 - 1, -(2 ** 31), 2 ** 32,
        2 ** 200 - 1, -(2 ** 200 - 1), 3 ** 100, -(3 ** 100), 10 ** 40 + 7]

for a in vals:
    for b in vals:
        s = a + b
        d = a - b
        print(s, d, s - b == a, d + b == a, type(s).__name__)

# equal magnitudes, and a difference that fits a small int again
print(B - B, (-B) + B, (B + 5) - B, B - (B + 5), (2 ** 200) - (2 ** 200 - 3))
print((2 ** 100 + 2 ** 40) - 2 ** 100, -(2 ** 100) + (2 ** 100 + 12345))

# carries through runs of full digits, and borrows through runs of zero digits
print(2 ** 160 - 1 + 1, 2 ** 160 - 1 + 2 ** 96, 2 ** 160 - 2 ** 16, 2 ** 160 - 1 - (2 ** 160 - 1))

# products by small ints of either sign, zero and one
small = [0, 1, -1, 2, -2, 65535, 65536, -65537, 2 ** 30 - 1, -(2 ** 30)]
for a in vals:
    print([a * k for k in small])
    print([k * a for k in small] == [a * k for k in small])

# in-place operators on a growing accumulator
f = 1
for i in range(1, 60):
    f *= i
    f -= i
print(f)
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a, a % 1000003, b - a)
n = -(7 ** 90)
for i in range(50):
    n += 3 ** 80
    n *= -3
print(n)
