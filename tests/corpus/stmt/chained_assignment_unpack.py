# one value assigned to a plain name and to an unpacking target at once
x = y, z = 1, 2
print(x, y, z)
a = [b, c] = "pq"
print(a, b, c)
first, *rest = whole = [1, 2, 3]
print(first, rest, whole)
i = j = k = []
i.append("shared")
print(j, k)
