# return exits loops immediately, also from nested loops
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return -1, -1
print(find_pair([2, 7, 11, 15], 9))
print(find_pair([1, 2], 10))
def countdown(n):
    while True:
        if n == 0:
            return "done"
        n -= 1
print(countdown(5))
