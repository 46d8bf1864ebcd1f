# a bare raise re-raises the exception being handled
def risky():
    raise ValueError("original")
def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    print("caught again:", e)
def handler():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise
try:
    handler()
except KeyError as e:
    print("outer got", type(e).__name__)
except IndexError:
    print("wrong one")
