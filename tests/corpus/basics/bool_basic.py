# True, False and the results of comparisons
print(True)
print(False)
print(True == 1, False == 0)
print(True + True)
print(1 == 1)
print(not True)
print(not 0)
print(not "")
print(not "x")
t = 3 > 2
print(t)
if t:
    print("t is true")
