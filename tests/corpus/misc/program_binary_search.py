# binary search, iterative and recursive, plus insertion point
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def bsearch_rec(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return lo
    mid = (lo + hi) // 2
    if xs[mid] < target:
        return bsearch_rec(xs, target, mid + 1, hi)
    return bsearch_rec(xs, target, lo, mid)
data = list(range(0, 100, 7))
for t in [0, 49, 98, 50, -1, 200]:
    print(t, bsearch(data, t), bsearch_rec(data, t))
