# global makes assignments go to the module namespace
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter)
def create():
    global created
    created = "made in function"
create()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
x = "module"
def read_only():
    return x
print(read_only())
