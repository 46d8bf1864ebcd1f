# Sorting: list.sort and sorted on ints, tuples and strings, key functions, reverse, and a merge sort.
N = 5000  # duk: 250


def numbers(seed, n):
    out = []
    x = seed
    for i in range(n):
        x = (x * 75 + 74) % 65537
        out.append(x)
    return out


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def checksum(lst):
    s = 0
    for i in range(len(lst)):
        s = (s * 31 + lst[i]) % 1000003
    return s


def run(n):
    total = 0
    a = numbers(1, n)
    b = sorted(a)
    total += checksum(b)
    a.sort(reverse=True)
    total += checksum(a)
    c = numbers(7, n)
    c.sort(key=lambda v: (v * 13) % 65537)
    total += checksum([(v * 13) % 65537 for v in c])
    pairs = [(v % 100, v) for v in numbers(3, n)]
    pairs.sort()
    total += checksum([p[1] for p in pairs])
    words = ["w" + str(v) for v in numbers(5, n // 2)]
    words.sort()
    total += checksum([len(w) for w in words]) + len(words[0]) + len(words[-1])
    total += checksum(merge_sort(numbers(11, n)))
    return total


print("sorting", run(N))
