# many ints (small, near the 2**30 boundary, big, negative) through %-formatting and str.format
x = 12345
vals = [0, 1, -1, 2 ** 30 - 1, 2 ** 30, -2 ** 30, -2 ** 30 - 1, 2 ** 31, 2 ** 53 + 1, -2 ** 64, 10 ** 25]
for i in range(120):
    x = (x * 1103515245 + 12345) % 2147483648
    v = x >> (i % 31)
    if i % 3 == 0:
        v = -v
    if i % 17 == 0:
        v = v * v * v
    vals.append(v)
for v in vals:
    print("%d|%5d|%-7d|%+d|%x|%X|%o|%#x|%#o|%08d" % (v, v, v, v, v, v, v, v, v, v))
    print("{}|{:>12}|{:<9}|{:^11}|{:+}|{:b}|{:#b}|{:,}|{:_x}|{:012d}".format(v, v, v, v, v, v, v, v, v, v))
    print(f"{v:x}|{v:#010X}|{v: d}|{v:*>15,}")
