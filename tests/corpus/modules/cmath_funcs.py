# cmath (the full profile): MicroPython's functions, as CPython computes them on finite values
import cmath, math
vals = [0, 1, -1, -0.5, 1j, -1j, 3 + 4j, -3 + 4j, -3 - 4j, 1e-200 + 1e-200j, 5e-324j, 100 + 0.5j, -700 + 1j, 3 - 2j, -0.0 - 0.0j, 2, 4 - 3j, 0.25 + 1j]
for z in vals:
    print(z, cmath.phase(z), cmath.polar(z), cmath.sqrt(z), cmath.exp(z), cmath.cos(z), cmath.sin(z))
    if z != 0:
        print(" ", cmath.log(z), cmath.log10(z), cmath.log(z, 2), cmath.log(z, 1 + 1j))
print(cmath.rect(2, 0.5), cmath.rect(1, math.pi), cmath.rect(0, 1), cmath.rect(3, 0), cmath.e, cmath.pi)
print(cmath.exp(709.5 + 0.5j), cmath.sin(-709.5 + 1j), cmath.sqrt(1e308 - 1e308j), cmath.log(1e308 + 1e308j))
print(cmath.sqrt(-4), cmath.sqrt(-4 - 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(2j), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
for f, a in ((cmath.log, 0), (cmath.exp, 1000 + 1j), (cmath.cos, 1000j), (cmath.sin, 1000j), (cmath.sqrt, "x"), (cmath.log10, 0j), (cmath.rect, 1j), (cmath.phase, None)):
    try:
        print(f(a))
    except (ValueError, OverflowError, TypeError) as ex:
        print(type(ex).__name__)
print(complex(1.0, -0.0), complex(-0.0, -0.0), complex(1j, -0.0), complex(2, 1j), complex(1 + 2j, 3j), abs(1.2 - 0.3j), abs(3 + 4j), abs(1e-320 + 1e-320j))
