# nested unpacking targets
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, [2, (3, 4)]
print(x, y, z, w)
[p, [q, *r]] = ["P", "QRS"]
print(p, q, r)
points = [((0, 0), "origin"), ((1, 2), "other")]
for (px, py), label in points:
    print(label, px + py)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
