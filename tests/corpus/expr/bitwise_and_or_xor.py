# &, | and ^ on small and big non-negative ints
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xff)
big = 2 ** 80 + 0b1111
print(big & 0xff, big | 1, (big ^ 2 ** 80) == 0b1111)
print(big & big == big, (big | 2 ** 81) > big)
print(6 & 3 | 8, 6 & (3 | 8))
print(1 | 2 ^ 3, (1 | 2) ^ 3)
print(5 & 3 == 1)
