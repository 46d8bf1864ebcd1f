# Right shifts by counts past any int's width (past 2**31 too): everything shifts out, the sign stays
for x in (0, 1, -1, 5, -5, 2**100, -(2**100), 2**64 - 1):
    print(x >> 100, x >> 2**31, x >> 2**31 - 1, x >> 2**40, x >> 2**70)
print((2**100 + 7) >> 99, -(2**100 + 7) >> 99, (2**100) >> 100, -(2**100) >> 100, -(2**100) >> 101)
for n in (2**31, -(2**31), -1):
    try:
        print(1 >> n)
    except ValueError:
        print("ValueError")
