# Collatz sequence lengths
def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count
for n in range(1, 11):
    print(n, steps(n))
best = 0
best_n = 0
for n in range(1, 1000):
    s = steps(n)
    if s > best:
        best = s
        best_n = n
print(best_n, best)
