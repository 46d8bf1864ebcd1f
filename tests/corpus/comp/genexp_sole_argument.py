# a generator expression that is the only argument needs no extra parentheses
print(sum(x * x for x in range(4)))
print(list(c for c in "ab"))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(max((x for x in [4, 9, 2]), key=lambda v: -v))
def count(it):
    n = 0
    for _ in it:
        n += 1
    return n
print(count(x for x in range(7) if x % 2))
print(dict((k, len(k)) for k in ["ab"]))
print(set(x % 2 for x in range(5)) == {0, 1})
