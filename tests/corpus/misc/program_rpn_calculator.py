# a reverse Polish notation calculator with a list as stack
def rpn(expr):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
        "^": lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError("leftover values: " + str(stack))
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 100 ^", "1 +", "1 2", "7 0 /"]:
    try:
        print(e, "=", rpn(e))
    except ValueError as err:
        print(e, "-> ValueError:", err)
    except ZeroDivisionError:
        print(e, "-> ZeroDivisionError")
