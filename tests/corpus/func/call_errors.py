# wrong calls raise TypeError
def f(a, b=1):
    return a + b
five = 5
text = "str"
calls = [
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: f(b=2),
    lambda: (lambda *, k: k)(),
    lambda: len(1, 2),
    lambda: five(),
    lambda: text(),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
print(f(1), f(a=2, b=3))
