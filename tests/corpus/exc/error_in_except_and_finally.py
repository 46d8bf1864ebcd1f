# an exception raised in finally replaces the one in flight
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print("KeyError wins")
except ValueError:
    print("ValueError")
def g():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")
try:
    g()
except RuntimeError as e:
    print("RuntimeError:", e)
def h():
    try:
        raise TypeError("t")
    except TypeError:
        raise IndexError("raised in except")
try:
    h()
except IndexError as e:
    print("IndexError:", e)
