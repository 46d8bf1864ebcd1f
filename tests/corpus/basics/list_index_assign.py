# assigning to list elements, aliasing
a = [1, 2, 3]
a[0] = 10
a[-1] = 30
print(a)
b = a
b[1] = 20
print(a)
a[1] = a[1] + 1
print(a)
a[2] += 5
print(a)
words = ["x", "y"]
words[0] = words[0] * 3
print(words)
