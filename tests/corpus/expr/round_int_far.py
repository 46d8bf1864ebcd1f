# round() of an int at a negative number of digits beyond its own: 0 (half to even below that)
for x in (25, -25, 35, 5, 15, 10 ** 50, -(10 ** 50), 0, 999):
    print(x, round(x, -1), round(x, -2), round(x, -51), round(x, -400))
print(round(5 * 10 ** 49, -50), round(15 * 10 ** 49, -50), round(10 ** 60 + 1, -60))
