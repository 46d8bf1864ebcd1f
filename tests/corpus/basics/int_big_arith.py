# big integer arithmetic mixes with small ints
a = 2 ** 100 + 12345
b = 3 ** 50
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(a, 97))
print(a ** 2)
print(pow(a, 3, 1000007))
print(abs(-a))
print(a > b, a < b, a == a + 0, a != b)
print(a - a == 0, (a - a) + 5)
print(-(2 ** 64) < -(2 ** 63) < 0 < 2 ** 63 < 2 ** 64)
print(2 ** 64 // 2 ** 32 == 2 ** 32)
print(1 << 100, (1 << 100) >> 99)
