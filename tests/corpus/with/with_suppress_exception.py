# __exit__ returning a true value suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        handled = issubclass(exc_type, self.types)
        print("suppressing" if handled else "not suppressing", exc_type.__name__)
        return handled
with Suppress(KeyError, IndexError):
    {}["missing"]
print("continued after KeyError")
with Suppress(ZeroDivisionError):
    x = 1 // 0
    print("never")
print("continued after ZeroDivisionError")
try:
    with Suppress(KeyError):
        raise TypeError("passes through")
except TypeError as e:
    print("TypeError:", e)
