# big integer results: factorial digits, powers and digit sums
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
s = str(f100)
print(len(s), sum(int(c) for c in s))
print(s[:20], s[-30:])
trailing = len(s) - len(s.rstrip("0"))
print("trailing zeros", trailing)
print(sum(int(c) for c in str(2 ** 1000)))
print(fact(30) // fact(28), fact(25) % 1000000007)
print(int(s[::1][:10]) * 10 ** 5)
