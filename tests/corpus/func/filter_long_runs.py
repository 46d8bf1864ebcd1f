# filter going through long runs of rejected items, in every way it can be consumed: its step may
# end without an item now and then (so that a Ctrl-C gets its turn), which no consumer may see
def sparse(n):
    for i in range(n):
        yield i if i % 700 == 699 else 0

print(list(filter(None, sparse(3000))))
print(sum(filter(None, [0] * 2000 + [7] + [0] * 2000)))
print(any(filter(None, [0] * 1000)), any(filter(None, [0] * 1000 + [1])))
print(max(filter(lambda x: x % 997 == 0, range(1, 5000))))
print(sorted(filter(lambda x: x % 1000 == 0, range(5000, 0, -1))))
print(tuple(filter(str.isupper, 'a' * 600 + 'B' + 'c' * 600 + 'D')))
print('-'.join(filter(None, [''] * 800 + ['x', 'y'] + [''] * 800)))
n = 0
for x in filter(lambda v: v > 4000, range(4100)):
    n += x
print(n)
f = filter(None, [0] * 900 + [1, 2] + [0] * 900 + [3])
print(next(f), next(f), next(f), next(f, 'end'))
print([x for x in filter(None, map(lambda v: v % 512 == 511, range(2000)))])
a, b = filter(None, [0] * 600 + [10] + [0] * 600 + [20])
print(a, b)
print(set(filter(lambda v: v % 800 == 0, range(3000))) == {0, 800, 1600, 2400})
print(dict(zip(filter(None, [0] * 300 + ['k']), filter(None, [0] * 300 + ['v']))))
