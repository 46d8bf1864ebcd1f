# a global declaration can create a module name from inside a function
def define():
    global created_later
    created_later = [1, 2, 3]
try:
    created_later
except NameError:
    print("NameError before define()")
define()
print(created_later)
def read_global_then_fail():
    global never_created
    try:
        return never_created
    except NameError:
        return "NameError: global never assigned"
print(read_global_then_fail())
def modify():
    global created_later
    created_later += [4]
modify()
print(created_later)
