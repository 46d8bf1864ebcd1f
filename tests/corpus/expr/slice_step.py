# slices with steps on lists and ranges (MicroPython supports a step other
# than 1 only on lists and ranges, not on str, bytes or tuple)
a = list(range(10))
print(a[::2])
print(a[1::2])
print(a[::-1])
print(a[::-3])
print(a[8:2:-2])
print(a[2:8:-1])
print(a[-1:-5:-1])
print(a[:3:-1])
print(a[100::-4])
print(a[::100], a[-100:100:5])
print(["s", "t", "r"][::-1])
r = range(20)
print(list(r[::5]), list(r[15:5:-3]), list(r[::-7]))
try:
    a[::0]
except ValueError:
    print("ValueError")
