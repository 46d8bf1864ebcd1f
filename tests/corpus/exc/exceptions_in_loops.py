# handling exceptions inside loops and collecting failures
values = ["1", "two", "3", "", "5"]
good, bad = [], []
for v in values:
    try:
        good.append(int(v))
    except ValueError:
        bad.append(v)
        continue
    finally:
        pass
print(good, bad)
i = 0
while True:
    try:
        [10, 20, 30][i]
        i += 1
    except IndexError:
        print("stopped at", i)
        break
total = 0
for d in [2, 0, 5, 0]:
    try:
        total += 100 // d
    except ZeroDivisionError:
        total -= 1
print(total)
