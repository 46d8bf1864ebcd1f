# %-formatting of str: flags, width, precision, *, mappings
print("%d %i %s %r" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (1, 2, -3, 4, 5, 6))
print("%.3d|%8.3d|%x|%X|%o|%#x|%#o" % (7, 7, 255, 255, 8, 255, 8))
print("%f|%.2f|%10.3f|%-10.1f|%+.1f" % (1.5, 2.345, 3.14159, 2.0, 1.26))
print("%e|%.2E|%g|%G|%.3g" % (12345.678, 0.000123, 1e-5, 1e20, 1234.5))
print("%s|%5s|%-5s|%.2s|%5.1s|" % ("x", "ab", "ab", "abc", "xyz"))
print("%c%c%c" % (80, 121, "!"))
print("%d%%" % 50, "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True))
print("%d" % 3.99, "%d" % -3.99, "%d" % True, "%s" % 1.0)
print("%d" % 2 ** 70, "%x" % 2 ** 70)
print("%x" % -255, "%#x" % -255, "%05.1f" % -2.5)
print("%s" % "single", "%r" % 1e100)
for fmt, args in (("%d %d", (1,)), ("%d", (1, 2)), ("abc", 5), ("%d", "x"), ("%z", 1)):
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
