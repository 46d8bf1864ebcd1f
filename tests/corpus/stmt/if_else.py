# if and if/else
def sign(n):
    if n < 0:
        return "negative"
    else:
        return "not negative"
print(sign(-3))
print(sign(0))
print(sign(8))
x = 5
if x:
    print("x truthy")
if 0:
    print("never")
else:
    print("zero is falsy")
if "":
    print("never")
else:
    print("empty string is falsy")
if []:
    print("never")
else:
    print("empty list is falsy")
if [0]:
    print("non-empty list is truthy")
