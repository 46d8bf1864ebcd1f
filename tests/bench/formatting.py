# Text formatting: % formatting, str.format, f-strings, str() and int() of small ints.
N = 30000  # duk: 1000


def run(n):
    total = 0
    for i in range(n):
        a = "%d:%s" % (i, "ab")
        b = "{}-{}".format(i * 3, a)
        c = f"<{i}|{b}>"
        d = "%5d|%-4s|" % (i % 1000, "x")
        total += len(a) + len(b) + len(c) + len(d)
        total += int(str(i * 7)) & 255
    return total


print("formatting", run(N))
