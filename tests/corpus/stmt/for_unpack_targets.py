# for loops with tuple targets over enumerate, zip and dict items
names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for x, y in zip([1, 2, 3], "xyz"):
    print(x, y)
for k, v in sorted({"two": 2, "one": 1}.items()):
    print(k, v)
pairs = [[1, 2], [3, 4]]
for a, b in pairs:
    a, b = b, a
    print(a, b)
print(pairs)
for (a, b), c in zip([(1, 2), (3, 4)], "pq"):
    print(a, b, c)
