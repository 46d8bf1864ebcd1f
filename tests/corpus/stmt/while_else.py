# while/else: else runs only when the loop ends without break
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i = i + 1
    else:
        print(target, "not found")
find([4, 8, 15, 16], 15)
find([4, 8, 15, 16], 23)
find([], 1)
n = 0
while n < 3:
    n = n + 1
else:
    print("else after normal end, n =", n)
