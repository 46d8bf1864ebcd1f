# in a class body, the first iterable of a comprehension sees class names;
# the rest of the comprehension does not
class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    total = sum(x for x in items)
print(C.doubled, C.total)
limit = "module limit"
class D:
    limit = 2
    vals = [limit for _ in range(2)]
print(D.vals)
