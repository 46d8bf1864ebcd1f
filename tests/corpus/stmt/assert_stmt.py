# assert passes silently or raises AssertionError with an optional message
assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e.args[0])
def check(n):
    assert n >= 0, "negative: " + str(n)
    return n
print(check(3))
try:
    check(-4)
except AssertionError as e:
    print(e)
msg_evaluated = []
assert True, msg_evaluated.append("not evaluated")
print(msg_evaluated)
