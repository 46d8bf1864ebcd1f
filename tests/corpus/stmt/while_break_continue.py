# break and continue inside while
i = 0
while True:
    i = i + 1
    if i > 10:
        break
    if i % 2 == 0:
        continue
    print("odd", i)
print("stopped at", i)
n = 0
while n < 20:
    n = n + 1
    if n % 3:
        continue
    if n > 12:
        break
    print("multiple of 3:", n)
