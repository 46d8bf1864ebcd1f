# math: the functions whose results are exact (rounding, splitting, sign, classification)
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.isnan(math.nan), math.nan == math.nan)

for x in [2.5, -2.5, 0.5, -0.5, 3.0, -3.0, 1e15 + 0.5, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(2.0)).__name__, type(math.ceil(2)).__name__, math.floor(10 ** 20), math.ceil(-(10 ** 20)))
print(math.floor(1e20), math.ceil(-1e20), math.trunc(2 ** 70 + 0.0))
print(math.floor(True), math.ceil(False))

print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
print(math.sqrt(0), math.sqrt(4), math.sqrt(2), math.sqrt(1e300), math.sqrt(0.25), math.sqrt(10 ** 10))

print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), math.fmod(5, math.inf))
print(math.modf(3.5), math.modf(-3.5), math.modf(-3.0), math.modf(0.0), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(0.0), math.frexp(1.0), math.frexp(-8), math.frexp(0.1), math.frexp(1e-310), math.frexp(1e308))
print(math.ldexp(0.5, 3), math.ldexp(1, -1074), math.ldexp(1.5, -1074), math.ldexp(1, 1023), math.ldexp(3, -1075))
print(math.ldexp(1, -1075), math.ldexp(-1, -1076), math.ldexp(0.75, 1024), math.ldexp(7, 0), math.ldexp(1, -(2 ** 70)))
for x in [1.0, 0.1, 123.456, 1e-300, 5e-324]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)

print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(3, -math.inf), math.copysign(0.0, -1))
print(math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1e308), math.isfinite(math.nan), math.isnan(1))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))

print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(4, 0.5), math.pow(0, 0), math.pow(-0.5, 2))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(math.inf, -1), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print(math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(-math.inf, -3), math.pow(2, 0.5) == math.sqrt(2))

print(math.degrees(math.pi), math.radians(180), math.radians(90) == math.pi / 2, math.degrees(0))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(5, 12), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(math.inf, math.nan), math.hypot(1, 2, 2), math.hypot(3, 4, 12))

print(math.log(1), math.log2(1024), math.log2(0.5), math.log2(2 ** 2000), math.log10(1000), math.log10(1e-5), math.log10(10 ** 400))
print(math.log(8, 2), math.log(100, 10), math.log(1, 3), math.exp(0), math.log(math.inf))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(0), math.asin(1) == math.pi / 2, math.acos(1), math.atan2(0, 1))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0.0, -1) == math.pi, math.atan(math.inf) == math.pi / 2)
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100), math.tanh(-100), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.expm1(0), math.log1p(0), math.exp(-1000), math.expm1(-1000))
print(math.fmod(1e300, 3.7), math.fmod(-1e300, 3.7), math.fmod(5.5, 1e-300), math.fmod(7, 2 ** 0.5), math.fmod(-0.0, 1), math.fmod(1e-320, 3e-322))
print(math.fmod(2 ** 60 + 1, 7), math.fmod(-(2 ** 53), 10), math.fmod(123456789.125, 0.5))
