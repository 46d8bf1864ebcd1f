# comprehensions inside nested functions and lambdas inside comprehensions
def table(n):
    def cell(i, j):
        return i * j
    return [[cell(i, j) for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table(3):
    print(row)
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print(sorted((k, f(10)) for k, f in adders.items()))
def counter():
    seen = []
    result = [seen.append(c) or len(seen) for c in "xyz"]
    return result, seen
print(counter())
