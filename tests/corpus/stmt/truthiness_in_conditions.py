# which values count as false in if and while conditions
values = [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False,
          1, -1, 0.1, "0", b"\x00", [0], (None,), {0: 0}, {0}, range(1), True]
for v in values:
    if v:
        print("true ", repr(v))
    else:
        print("false", repr(v))
n = 3
while n:
    n -= 1
print("while stopped at", n)
