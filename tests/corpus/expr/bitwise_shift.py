# << and >> including results that need big ints
print(1 << 0, 1 << 1, 1 << 10)
print(1 << 31, 1 << 32, 1 << 62, 1 << 63, 1 << 64)
print(3 << 100)
print(1024 >> 3, 1 >> 1, 0 >> 5)
print((1 << 100) >> 98)
print(-8 >> 1, -1 >> 10, -9 >> 2)
print(-1 << 40)
print(255 >> 100, -255 >> 100)
x = 1
x <<= 5
print(x)
x >>= 2
print(x)
try:
    1 << -1
except ValueError:
    print("ValueError")
