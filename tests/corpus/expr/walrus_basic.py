# assignment expressions (:=)
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
if (count := len(data)) > 3:
    print("count", count)
print((y := 4) * y)
print(y)
values = [5, 3, 0, 8]
i = 0
while (v := values[i]) != 0:
    print("value", v)
    i += 1
def f(x):
    return (z := x + 1) * z
print(f(2))
print([w := 1, w + 1])
