# raise with a class creates an instance; raise with an instance uses it
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
inst = KeyError("given")
try:
    raise inst
except KeyError as e:
    print(e is inst, e.args)
class Custom(Exception):
    def __init__(self):
        super().__init__("made without args")
try:
    raise Custom
except Custom as c:
    print(c)
try:
    raise 5
except TypeError:
    print("TypeError: not an exception")
try:
    raise object
except TypeError:
    print("TypeError: class is not an exception")
