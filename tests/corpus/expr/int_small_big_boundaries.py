# arithmetic around 30, 31, 53, 62 and 63 bit boundaries stays exact
for e in [29, 30, 31, 32, 52, 53, 54, 61, 62, 63, 64]:
    n = 2 ** e
    print(e, n - 1, n, n + 1, -n, -n - 1)
x = 2 ** 30 - 1
print(x + 1, x * 2, x * x, -x - 2)
y = 65535
print(y * y, y * y * y, (y * y) // y)
z = 2 ** 31 - 1
print(z + z, z * z, -z * z, z * -z)
print(94906265 * 94906265, 94906267 ** 2)
print((2 ** 53 + 1) * 3, 2 ** 53 + 1 - 2 ** 53)
print(3 ** 40 // 3 ** 20 == 3 ** 20, (3 ** 40) % 1000)
print(-(2 ** 62) // 7, -(2 ** 62) % 7)
