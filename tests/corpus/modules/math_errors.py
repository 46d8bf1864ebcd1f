# math: domain and range errors
import math

cases = [
    ('sqrt', (-1,)), ('log', (0,)), ('log', (-1,)), ('log', (0.0, 2)), ('log2', (0,)), ('log10', (-5,)),
    ('exp', (1000,)), ('expm1', (1000,)), ('fmod', (1, 0)), ('fmod', (math.inf, 1)),
    ('pow', (0, -1)), ('pow', (-8, 1 / 3)), ('pow', (10, 400)), ('ldexp', (1.0, 2000)), ('atanh', (1,)), ('atanh', (-2,)),
    ('acosh', (0.5,)), ('asin', (2,)), ('acos', (-1.5,)), ('log1p', (-1,)), ('sinh', (1000,)), ('cosh', (-1000,)),
    ('tan', (math.inf,)), ('sin', (math.inf,)), ('cos', (-math.inf,)), ('floor', (math.inf,)), ('ceil', (-math.inf,)),
    ('trunc', (math.nan,)), ('factorial', (-1,)), ('log', (10, 1)),
]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        # the int conversion messages are the int type's (MicroPython's differ from CPython's)
        print(name, args, type(e).__name__, e if name not in ('floor', 'ceil', 'trunc') else '')

for bad in ['x', None, [1]]:
    try:
        math.sqrt(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)

class F:
    def __float__(self):
        return 2.25
print(math.sqrt(F()), math.floor(F()), math.isfinite(F()))

class R:
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'
print(math.floor(R()), math.ceil(R()), math.trunc(R()))
