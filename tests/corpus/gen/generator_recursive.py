# recursive generators: permutations and tree walks
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p
print(list(perms([1, 2, 3])))
print(len(list(perms(list(range(5))))))
def binary(n):
    if n == 0:
        yield ""
        return
    for prefix in binary(n - 1):
        yield prefix + "0"
        yield prefix + "1"
print(list(binary(3)))
