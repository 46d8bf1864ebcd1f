# imaginary literals and complex numbers
print(1j, 2j, 1.5j, 0j)
print(1 + 2j, 3 - 4j)
z = 3 + 4j
print(z.real, z.imag)
print(abs(z))
print(z * 1j, z + z, z - 1)
print((1 + 2j) * (3 - 1j))
print(complex(1, 2), complex(2), complex(0, -1))
print(z == 3 + 4j, z != 3)
print(1j * 1j)
print(type(z).__name__)
print(0 - 1j, 1e3j)
