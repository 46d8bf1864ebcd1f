# for over a list; the loop variable keeps its last value
names = ["ann", "bob", "cy"]
for name in names:
    print("hello", name)
print("last:", name)
total = 0
for n in [3, 1, 4, 1, 5, 9, 2, 6]:
    total = total + n
print(total)
for x in [[1, 2], [3, 4]]:
    print(x[0] + x[1])
