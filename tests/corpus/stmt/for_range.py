# for over range with one, two and three arguments
for i in range(4):
    print("a", i)
for i in range(2, 5):
    print("b", i)
for i in range(0, 10, 3):
    print("c", i)
for i in range(5, 0, -2):
    print("d", i)
for i in range(0):
    print("never")
for i in range(3, 3):
    print("never")
for i in range(-3, 0):
    print("e", i)
print(len(range(10)), len(range(1, 10, 4)), len(range(10, 0, -3)))
