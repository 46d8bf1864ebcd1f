# Euclid's algorithm, iterative and recursive
def gcd(a, b):
    while b:
        t = a % b
        a = b
        b = t
    return a
def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd_rec(48, 18))
print(gcd(17, 5), gcd(0, 9), gcd(9, 0))
print(lcm(4, 6), lcm(21, 6))
print(gcd(2 ** 80, 6 ** 40))
