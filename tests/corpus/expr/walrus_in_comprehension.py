# := inside a comprehension condition binds in the enclosing scope
data = [3, 8, 1, 12, 7]
big = [y for x in data if (y := x * 2) > 10]
print(big)
print(y)
def last_positive(xs):
    found = [last := x for x in xs if x > 0]
    return found, last
print(last_positive([-1, 4, -2, 9, -3]))
def running_sums(n):
    total = 0
    sums = [total := total + x for x in range(n)]
    return sums, total
print(running_sums(5))
