# assigning to and deleting slices of lists
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:1] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:1] = ["ins"]
print(a)
del a[0:2]
print(a)
b = list(range(10))
del b[7:]
print(b)
b[2:5] = []
print(b)
c = [1, 2, 3]
c[:] = (7, 8)
print(c)
c[5:] = [9]
print(c)
c[-1:] = ["a", "b"]
print(c)
