# else runs when nothing was raised; finally always runs
def run(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except")
    else:
        print("else", r)
    finally:
        print("finally")
run(5)
run(0)
def only_finally():
    try:
        return "returned"
    finally:
        print("cleanup before return")
print(only_finally())
try:
    try:
        raise KeyError("x")
    finally:
        print("inner finally")
except KeyError:
    print("outer caught")
