# recursion 150 frames deep
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(150))
def sum_list(xs):
    if not xs:
        return 0
    return xs[0] + sum_list(xs[1:])
print(sum_list(list(range(150))))
def build(n):
    return [] if n == 0 else [build(n - 1)]
t = build(100)
d = 0
while t:
    t = t[0]
    d += 1
print(d)
