# chained comparisons mean a < b and b < c
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(0 <= x <= 5 < 6)
print(x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print(3 > 2 > 1 > 0 >= 0)
print(1 != 2 != 1)
print("a" < "b" < "c", "a" < "c" < "b")
print(1 < x in [5, 6])
a, b, c = 1, 1, 1
print(a == b == c, a is b is c)
