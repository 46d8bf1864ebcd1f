# integers beyond 32 and 64 bits
print(2 ** 31)
print(2 ** 32 + 1)
print(2 ** 63 - 1)
print(2 ** 64)
print(2 ** 100)
print(-(2 ** 100))
print(12345678901234567890 * 98765432109876543210)
print(10 ** 30 // 7)
print(10 ** 30 % 7)
print(-(10 ** 25) // 3)
print(2 ** 64 - 2 ** 64)
print(2 ** 70 == 2 ** 70, 2 ** 70 < 2 ** 71)
n = 1
i = 1
while i <= 25:
    n = n * i
    i = i + 1
print(n)
