# augmented assignment on ints and strings
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 4
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 0
for i in range(10):
    n += i
print(n)
