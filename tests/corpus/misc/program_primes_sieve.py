# sieve of Eratosthenes with a list of flags
def primes_up_to(n):
    flags = [1] * (n + 1)
    flags[0] = 0
    flags[1] = 0
    p = 2
    while p * p <= n:
        if flags[p]:
            m = p * p
            while m <= n:
                flags[m] = 0
                m += p
        p += 1
    out = []
    for i in range(n + 1):
        if flags[i]:
            out.append(i)
    return out
print(primes_up_to(60))
print(len(primes_up_to(1000)))
