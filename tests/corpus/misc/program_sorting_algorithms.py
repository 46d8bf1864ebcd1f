# merge sort and quicksort agree with sorted()
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return (quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot]
            + quicksort([x for x in xs if x > pivot]))
seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100)
print(data[:10])
print(merge_sort(data) == sorted(data), quicksort(data) == sorted(data))
print(merge_sort(data)[:10], quicksort(data)[-5:])
print(merge_sort([]), quicksort(["b", "a", "c"]))
