# list slices make new lists
a = [0, 1, 2, 3, 4, 5, 6, 7]
print(a[2:5])
print(a[:2])
print(a[6:])
print(a[-2:])
print(a[1:-1])
b = a[:]
b.append(8)
print(len(a), len(b))
print(a[5:3])
print(a[10:20])
