# while loops counting up and down
i = 0
while i < 5:
    print(i)
    i = i + 1
print("after", i)
j = 3
while j:
    print("j", j)
    j = j - 1
while False:
    print("never")
total = 0
k = 1
while k <= 100:
    total = total + k
    k = k + 1
print(total)
