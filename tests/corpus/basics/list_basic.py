# list literals, indexing and len
a = [1, 2, 3]
print(a)
print([])
print(len(a), len([]))
print(a[0], a[2], a[-1])
b = ["x", 2, [3, 4], "y"]
print(b)
print(b[2][1])
print(len(b))
print([1, 2] == [1, 2], [1, 2] == [2, 1])
print(3 in a, 5 in a, 5 not in a)
print(['quote\'s', "d\"q"])
