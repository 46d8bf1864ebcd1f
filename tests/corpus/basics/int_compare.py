# comparison operators on ints
print(1 < 2, 2 < 1)
print(1 <= 1, 2 <= 1)
print(3 > 2, 2 > 3)
print(3 >= 3, 2 >= 3)
print(5 == 5, 5 == 6)
print(5 != 6, 5 != 5)
print(-1 < 0, 0 < -1)
x = 10
if x > 5:
    print("big")
if x == 10:
    print("ten")
if x != 3:
    print("not three")
