# a closure reads its free variable at call time
def make():
    def show():
        return message
    message = "assigned after def"
    return show
print(make()())
def make_many():
    fs = []
    for i in range(3):
        fs.append(lambda: i * 100)
    i = -1
    return fs
print([f() for f in make_many()])
def never_assigned():
    def show():
        return later
    try:
        return show()
    except NameError:
        return "NameError: free variable not yet bound"
    later = 1
print(never_assigned())
