# math: integer functions (factorial, gcd, lcm, isqrt, comb, perm), prod, fsum, dist, remainder
import math

print([math.factorial(n) for n in range(8)], math.factorial(30), math.factorial(100) % 10 ** 30)
print(len(str(math.factorial(500))), math.factorial(True))
print(math.gcd(12, 18), math.gcd(), math.gcd(0, -5), math.gcd(-12, -18), math.gcd(2 ** 100, 6 ** 50), math.gcd(7, 0, 14), math.gcd(3 ** 40, 3 ** 41 + 3))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 3), math.lcm(-4, 6), math.lcm(2, 3, 4, 5), math.lcm(2 ** 40, 3 ** 20))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100]], math.isqrt(10 ** 20 + 5), math.isqrt(2 ** 201))
print(math.comb(10, 3), math.comb(5, 6), math.comb(5, 0), math.comb(100, 50), math.comb(60, 30), math.comb(10 ** 12, 2))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(10, 0), math.perm(20, 10), math.perm(5, None))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]), math.prod(range(1, 21)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum([math.inf, 1]), math.fsum(x / 7 for x in range(100)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1,), (-2,)))
print(math.remainder(5, 3), math.remainder(-5, 3), math.remainder(4.5, 1), math.remainder(5.5, 1), math.remainder(7, math.inf))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0, -1), math.nextafter(-1, 0), math.nextafter(2, 2))
print(math.ulp(1), math.ulp(0), math.ulp(1e300), math.ulp(-2.5), math.ulp(math.inf))
for name, args in [('factorial', (2.5,)), ('gcd', (1.5,)), ('comb', (5, -1)), ('comb', (-5, 1)), ('perm', (-1, 2)), ('isqrt', (-1,)),
                   ('fsum', ([math.inf, -math.inf],)), ('fsum', ([1e308, 1e308],)), ('dist', ((1, 2), (1,))), ('remainder', (1, 0))]:
    try:
        print(name, getattr(math, name)(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(name, type(e).__name__, e)
print(math.gamma(1), math.gamma(5), math.gamma(23), math.lgamma(1), math.lgamma(2), math.erf(0), math.erfc(0))
print('%.12g %.12g %.12g %.12g' % (math.gamma(0.5), math.gamma(-0.5), math.gamma(25.5), math.gamma(1e-30)))
print('%.12g %.12g %.12g %.12g' % (math.lgamma(10), math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(1000)))
print('%.12g %.12g %.12g %.12g %.12g' % (math.erf(1), math.erf(-2), math.erf(0.3), math.erfc(1), math.erfc(5)))
print('%.12g %.12g %.12g %.12g' % (math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5)))
for name, x in [('gamma', 0), ('gamma', -1), ('gamma', 200), ('lgamma', 0), ('lgamma', -2), ('gamma', -math.inf)]:
    try:
        print(name, x, getattr(math, name)(x))
    except (ValueError, OverflowError) as e:
        print(name, x, type(e).__name__, e)
print(math.gamma(-200.5), math.lgamma(math.inf), math.lgamma(-math.inf))
