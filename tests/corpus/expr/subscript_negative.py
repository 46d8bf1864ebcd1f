# subscripts with negative indices and out-of-range errors
a = [10, 20, 30, 40]
print(a[-1], a[-4], a[len(a) - 1])
s = "word"
print(s[-2], (1, 2, 3)[-3])
for i in [4, -5, 100]:
    try:
        a[i]
    except IndexError:
        print("IndexError", i)
try:
    "abc"[3]
except IndexError:
    print("IndexError str")
try:
    a["x"]
except TypeError:
    print("TypeError")
m = [[1, 2], [3, 4]]
print(m[-1][-1], m[0][-2])
a[-1] = 99
print(a)
