# Loops over small ints: nested for-range loops, a while loop, bit operations and branches.
N = 320  # duk: 36


def grid(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += ((i * j) % 7) ^ ((i + j) & 15)
    return total


def counting(n):
    k = 0
    hits = 0
    while k < n:
        if k % 3 == 0 or k % 5 == 0:
            hits += k & 255
        elif k & 1:
            hits -= 1
        k += 1
    return hits


def collatz_steps(limit):
    best = 0
    for start in range(1, limit):
        x = start
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
    return best


print("loops", grid(N), counting(N * N), collatz_steps(N * 8))
