# floor division and modulo round toward negative infinity
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(0 // 5, 0 % 5)
print(-1 // 10, -1 % 10)
print(10 // 10, -10 // 10)
i = -6
while i <= 6:
    print(i, i // 3, i % 3)
    i = i + 1
