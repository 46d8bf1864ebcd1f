# nested loops; break leaves only the inner loop
for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line = line + str(i * j) + " "
    print(line)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j)
count = 0
i = 0
while i < 4:
    for c in "ab":
        count = count + 1
    i = i + 1
print(count)
