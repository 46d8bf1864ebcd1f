# division by zero raises ZeroDivisionError for every division operator
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 2 ** 70 // 0,
    lambda: 5 % 0.0,
    lambda: 0 ** -1,
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except ZeroDivisionError:
        print(i, "ZeroDivisionError")
print(isinstance(ZeroDivisionError(), ArithmeticError))
