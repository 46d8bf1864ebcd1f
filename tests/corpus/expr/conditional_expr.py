# conditional expressions (x if c else y)
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
for n in [-2, 0, 3]:
    print(n, sign(n))
x = 7
print("odd" if x % 2 else "even")
print((1 if x > 5 else 2) + 10)
print(1 if x > 5 else 2 + 10)
y = [] if x > 100 else [x]
print(y)
f = (lambda a: a * 2) if x else (lambda a: a)
print(f(4))
print([i if i % 2 else -i for i in range(5)])
def noisy(v):
    print("evaluated", v)
    return v
print(noisy("yes") if True else noisy("no"))
