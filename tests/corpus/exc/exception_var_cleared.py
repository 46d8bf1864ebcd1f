# the name bound by `except ... as` is removed at the end of the handler
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", type(e).__name__)
try:
    print(e)
except NameError:
    print("NameError: e was deleted")
def f():
    try:
        1 // 0
    except ZeroDivisionError as err:
        saved = err
    try:
        err
        return "err still bound"
    except NameError:
        return "err unbound, saved is " + type(saved).__name__
print(f())
