# return values from try, except, else and finally blocks
def f(x):
    try:
        if x < 0:
            raise ValueError
        result = "ok"
    except ValueError:
        return "except"
    else:
        return "else " + result
    finally:
        print("finally for", x)
print(f(1))
print(f(-1))
def g(items):
    out = []
    for it in items:
        try:
            out.append(10 // it)
        except ZeroDivisionError:
            out.append(None)
            continue
        out.append("after")
    return out
print(g([1, 0, 5]))
