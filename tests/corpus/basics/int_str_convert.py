# converting between ints and strings
print(str(123))
print(str(-45))
print(int("678"))
print(int("-9"))
print(int("  42  "))
print(int("0"))
print(str(0) + str(1))
print(int("12") + int("30"))
print(len(str(2 ** 64)))
total = 0
for ch in "31415":
    total = total + int(ch)
print(total)
