# %-formatting: a width or precision taken from the arguments (*) must be an int that fits
print("[%*d]" % (True, 7), "[%*d]" % (4, 7), "[%.*f]" % (2, 3.14159), "[%*.*f]" % (8, 3, 3.14159))
for args in ((10 ** 30, 1), (-(10 ** 30), 1), ("3", 1), (2.0, 1), (None, 1)):
    try:
        print("[%*d]" % args)
    except (OverflowError, TypeError, MemoryError) as e:
        print(type(e).__name__)
try:
    print("%.*f" % (10 ** 30, 1.0))
except OverflowError as e:
    print(type(e).__name__)
