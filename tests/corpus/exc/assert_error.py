# AssertionError raised by assert and caught like any exception
def positive(n):
    assert n > 0, "must be positive"
    return n
for n in [3, 0, -2]:
    try:
        print(positive(n))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    raise AssertionError("manual")
except Exception as e:
    print(type(e).__name__, e)
