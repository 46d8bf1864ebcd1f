# reading a local before it is assigned raises (UnboundLocalError is a
# NameError)
count = 10
def broken():
    print(count)
    count = 1
try:
    broken()
except NameError:
    print("NameError: local read before assignment")
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except NameError:
    print("NameError: branch not taken")
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except NameError:
    print("NameError: deleted local")
