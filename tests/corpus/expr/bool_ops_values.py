# and / or return one of their operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "set" or "default")
print(None and 1, None or 0)
print([] or [1], [0] and "yes")
print(0 or "" or None or "last")
print(1 and "a" and [3])
print(1 and 0 and 2)
print(0 or 1 and 2, (0 or 1) and 2)
print(not 0 and 1, not (0 and 1))
x = 5
print(x > 3 and x < 10, x < 3 or x > 4)
name = ""
print(name or "anonymous")
