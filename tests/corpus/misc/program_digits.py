# digit sums and base conversion with // and %
def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s
def to_base(n, b):
    if n == 0:
        return "0"
    digits = "0123456789abcdef"
    out = ""
    while n > 0:
        out = digits[n % b] + out
        n //= b
    return out
print(digit_sum(12345), digit_sum(2 ** 100))
for b in [2, 8, 10, 16]:
    print(b, to_base(255, b), to_base(1000, b))
print(to_base(0, 2))
