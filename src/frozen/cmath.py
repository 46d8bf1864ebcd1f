# cmath: MicroPython's functions of complex numbers (phase, polar, rect, exp, log, log10, sqrt, cos,
# sin, and e and pi), computed over math as CPython's cmathmodule.c computes them for finite
# arguments, so that results agree with CPython's to the last digit.
from math import e, pi, atan2, hypot, sqrt as _sqrt, exp as _exp, log as _log, log1p as _log1p, cos as _cos, sin as _sin, sinh as _sinh, cosh as _cosh, copysign as _copysign, ldexp as _ldexp

_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_DBL_MIN = 2.2250738585072014e-308
_LARGE = 4.49423283715579e307  # a quarter of the largest double: hypot of anything below it is finite
_LOG_LARGE = 708.3964185322641  # log(_LARGE): exp of anything below it is finite


def _arg(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    raise TypeError("must be real number, not " + type(z).__name__)


def _finite(z):
    r = z.real
    i = z.imag
    if r - r == 0 and i - i == 0:
        return z
    raise OverflowError("math range error")


def phase(z):
    z = _arg(z)
    return atan2(z.imag, z.real)


def polar(z):
    z = _arg(z)
    return abs(z), atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    return complex(r * _cos(phi), r * _sin(phi))


def exp(z):
    z = _arg(z)
    x = z.real
    y = z.imag
    if x > _LOG_LARGE:
        # exp(x) alone would overflow where the product does not
        m = _exp(x - 1)
        return _finite(complex(m * _cos(y) * e, m * _sin(y) * e))
    m = _exp(x)
    return complex(m * _cos(y), m * _sin(y))


def _log_re(z):
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax > _LARGE or ay > _LARGE:
        return _log(hypot(ax / 2, ay / 2)) + _LN2
    if ax < _DBL_MIN and ay < _DBL_MIN:
        if ax == 0 and ay == 0:
            raise ValueError("math domain error")
        # subnormal: scaled up by 2**53 so that hypot keeps its digits
        return _log(hypot(_ldexp(ax, 53), _ldexp(ay, 53))) - 53 * _LN2
    h = hypot(ax, ay)
    if 0.71 <= h <= 1.73:
        # near the unit circle log(h) loses digits; log1p of h*h - 1 keeps them
        am = ax if ax > ay else ay
        an = ay if ax > ay else ax
        return _log1p((am - 1) * (am + 1) + an * an) / 2
    return _log(h)


def log(z, base=None):
    z = _arg(z)
    r = complex(_log_re(z), atan2(z.imag, z.real))
    if base is None:
        return r
    return r / log(base)


def log10(z):
    z = _arg(z)
    return complex(_log_re(z) / _LN10, atan2(z.imag, z.real) / _LN10)


def sqrt(z):
    z = _arg(z)
    x = z.real
    y = z.imag
    if x == 0 and y == 0:
        return complex(0.0, y)
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot would be subnormal: scale up by 2**53, the root down by 2**27
        ax = _ldexp(ax, 53)
        s = _ldexp(_sqrt(ax + hypot(ax, _ldexp(ay, 53))), -27)
    else:
        ax /= 8
        s = 2 * _sqrt(ax + hypot(ax, ay / 8))
    d = ay / (2 * s)
    if x >= 0:
        return complex(s, _copysign(d, y))
    return complex(d, _copysign(s, y))


# cosh and sinh of x + iy, the bases of cos and sin (cos z = cosh iz, sin z = -i sinh iz)
def _cosh_sinh(x, y, odd):
    if abs(x) > _LOG_LARGE:
        x1 = x - _copysign(1.0, x)
        c = _cosh(x1) * e
        s = _sinh(x1) * e
    else:
        c = _cosh(x)
        s = _sinh(x)
    if odd:
        return _finite(complex(_cos(y) * s, _sin(y) * c))
    return _finite(complex(_cos(y) * c, _sin(y) * s))


def cos(z):
    z = _arg(z)
    return _cosh_sinh(-z.imag, z.real, False)


def sin(z):
    z = _arg(z)
    s = _cosh_sinh(-z.imag, z.real, True)
    return complex(s.imag, -s.real)
