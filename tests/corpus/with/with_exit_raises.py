# an exception raised by __exit__ replaces the body's exception
class Strict:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise KeyError("from exit")
        return False
try:
    with Strict():
        raise ValueError("from body")
except KeyError:
    print("KeyError from __exit__")
except ValueError:
    print("ValueError")
with Strict():
    print("clean body, no error")
