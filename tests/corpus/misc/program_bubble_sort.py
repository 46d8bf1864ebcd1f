# bubble sort on a list, in place
def bubble(a):
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                t = a[j]
                a[j] = a[j + 1]
                a[j + 1] = t
                swaps += 1
    return swaps
data = [5, 2, 9, 1, 5, 6, 0, -3]
print(bubble(data))
print(data)
words = ["pear", "apple", "fig", "banana"]
bubble(words)
print(words)
