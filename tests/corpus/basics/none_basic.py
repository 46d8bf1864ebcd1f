# None as a value
x = None
print(x)
print(x is None)
print(x is not None)
print(x == None)
def nothing():
    pass
print(nothing())
print(nothing() is None)
if not x:
    print("None is falsy")
