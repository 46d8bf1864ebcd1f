# complex: literals, constructor forms, arithmetic with int and float, repr, abs, hash
print(1j, 2j, 1.5j, 0j, 1 + 2j, 3 - 4j, 2.5 + 0.5j, 1e3j, (1 + 1j) * 0)
print(complex(1, 2), complex(2), complex(0, 3), complex(), complex(1.5, -2.5), complex(2j, 1))
z = 3 + 4j
print(z.real, z.imag, abs(z), type(z.real).__name__)
print(z + 1, 1 + z, z - 1, 1 - z, z * 2, 2 * z, z * 1.5, z / 2, 2 / (1 + 1j), z / (1 + 1j))
print(z * 1j, z * z, 1j * 1j, 2 ** (0 * 1j))
print(z == 3 + 4j, z != 3, 1 + 0j == 1, 2.0 + 0j == 2.0, 1j == 1, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print({1: "int"}[1 + 0j], {1 + 0j: "c"}[1.0], bool(0j), bool(1j), bool(0.0 + 0j))
print(abs(1j), abs(-3 - 4j), abs(complex(0, -2)), z.imag * 2, (z * 2).real)
for bad in (lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j)):
    try:
        bad()
    except TypeError:
        print("TypeError")
try:
    1 / 0j
except ZeroDivisionError:
    print("ZeroDivisionError")
