# catching exceptions by type
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return "div by zero"
print(safe_div(7, 2), safe_div(1, 0))
try:
    [][0]
except IndexError:
    print("IndexError caught")
try:
    {}["k"]
except KeyError:
    print("KeyError caught")
try:
    int("x")
except ValueError:
    print("ValueError caught")
try:
    undefined_name
except NameError:
    print("NameError caught")
try:
    None.attr
except AttributeError:
    print("AttributeError caught")
try:
    1 + "1"
except TypeError:
    print("TypeError caught")
print("end")
