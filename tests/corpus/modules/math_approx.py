# math: transcendental functions, printed to 12 significant digits (the last bit of a libm result
# differs between C libraries)
import math

def show(name, *xs):
    f = getattr(math, name)
    print(name, ' '.join('%.12g' % f(x) for x in xs))

show('exp', -2, -0.5, 0.1, 1, 2.5, 10, 700)
show('expm1', 1e-12, -1e-8, 0.001, 0.5, 3, -20)
show('log', 0.001, 0.5, 2, 10, 1e100, 12345.678)
show('log1p', 1e-12, -1e-8, 0.5, 9, 1e10, -0.999)
show('log2', 3, 10, 0.3, 1e-5, 123456789)
show('log10', 2, 3, 0.3, 12345, 1e-7)
show('sin', 0.1, 1, 2, -3, 10, 100)
show('cos', 0.1, 1, 2, -3, 10, 100)
show('tan', 0.1, 1, -1.5, 3, 10)
show('asin', -1, -0.5, 0.1, 0.9)
show('acos', -1, -0.5, 0.1, 0.9)
show('atan', -10, -0.5, 0.1, 3, 1e10)
show('sinh', -3, -0.1, 1e-9, 0.5, 2, 20, 50)
show('cosh', -3, -0.1, 1e-9, 0.5, 2, 20, 50)
show('tanh', -3, -0.1, 1e-9, 0.5, 2, 20)
show('asinh', -3, -0.1, 1e-9, 0.5, 2, 1e10)
show('acosh', 1.0001, 1.5, 2, 10, 1e10)
show('atanh', -0.9, -0.1, 1e-9, 0.5, 0.99)
print('atan2', ' '.join('%.12g' % math.atan2(y, x) for y, x in [(1, 2), (-1, 2), (1, -2), (-1, -2), (0, -1), (3, 0)]))
print('pow', ' '.join('%.12g' % math.pow(x, y) for x, y in [(2, 0.5), (10, -3), (1.5, 2.5), (7, 1 / 3), (0.9, 100)]))
print('log', '%.12g %.12g %.12g' % (math.log(10, 2), math.log(2, 10), math.log(1000, 0.5)))
print('%.12g %.12g' % (math.log(10 ** 500), math.log2(3 ** 1000)))
for x in [0.3, 1.7, -2.2, 100.0]:
    print(round(math.sin(x) ** 2 + math.cos(x) ** 2, 12), round(math.cosh(x) ** 2 - math.sinh(x) ** 2, 6))
