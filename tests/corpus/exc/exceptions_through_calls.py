# exceptions unwind through several function calls
def a(n):
    print("enter a")
    b(n)
    print("never after b")
def b(n):
    print("enter b")
    try:
        c(n)
    finally:
        print("b cleanup")
def c(n):
    print("enter c")
    if n:
        raise RuntimeError("deep " + str(n))
    print("c ok")
try:
    a(3)
except RuntimeError as e:
    print("caught", e)
try:
    a(0)
except RuntimeError:
    print("not raised")
