# building lists in loops, searching, counting
evens = []
odds = []
for n in range(12):
    if n % 2 == 0:
        evens.append(n)
    else:
        odds.append(n)
print(evens)
print(odds)
def index_of(items, x):
    i = 0
    for v in items:
        if v == x:
            return i
        i += 1
    return -1
print(index_of(evens, 6), index_of(evens, 7))
def maximum(items):
    best = items[0]
    for v in items:
        if v > best:
            best = v
    return best
print(maximum([3, 9, 2, 11, 4]))
