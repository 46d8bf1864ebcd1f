# List indexing in loops: a sieve of Eratosthenes, then sums over the primes found.
N = 120000  # duk: 3000


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


def run(n):
    total = 0
    for r in range(3):
        flags = sieve(n)
        primes = [i for i in range(n + 1) if flags[i]]
        total += len(primes)
        s = 0
        for p in primes:
            s = (s + p * (p & 15)) % 1000003
        total += s
    return total


print("sieve", run(N))
