# __exit__ sees the exception; returning a false value lets it propagate
class Watch:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit saw", exc_type.__name__, exc.args)
        else:
            print("exit saw no exception")
        return False
try:
    with Watch():
        print("about to raise")
        raise ValueError("problem", 7)
        print("not reached")
except ValueError as e:
    print("caught outside:", e.args)
with Watch():
    pass
