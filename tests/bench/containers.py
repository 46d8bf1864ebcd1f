# Lists and dicts: append, index, slices, comprehensions, membership, int and str keys.
N = 8000  # duk: 400


def run(n):
    d = {}
    for i in range(n):
        d[(i * 7) % n] = i
    counts = {}
    for i in range(n):
        k = "k" + str(i % 257)
        counts[k] = counts.get(k, 0) + 1
    lst = []
    for i in range(n):
        lst.append((i * 3) % 101)
    s = 0
    for i in range(len(lst)):
        s += lst[i]
    part = lst[10 : n // 2]
    s += len(part) + sum(part)
    odd = [x * 2 for x in lst if x % 2]
    s += len(odd)
    for k in range(0, n, 3):
        s += d[k]
    for k in range(n, n + 50):
        if k in d:
            s += 1000
    s += counts["k5"] + counts["k256"] + len(counts)
    stack = []
    for i in range(n):
        stack.append(i)
        if i % 3 == 0:
            s += stack.pop()
    s += len(stack)
    s += lst.index(100)
    for k in range(0, n, 2):
        del d[k]
    s += len(d)
    return s


total = 0
for r in range(5):
    total += run(N)
print("containers", total)
