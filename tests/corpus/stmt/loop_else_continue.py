# continue does not prevent the else clause; only break does
for i in range(4):
    if i % 2:
        continue
    print("even", i)
else:
    print("for else ran")
n = 0
while n < 4:
    n += 1
    if n < 4:
        continue
    print("n reached", n)
else:
    print("while else ran")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else never")
    print("outer", i)
else:
    print("outer else ran")
