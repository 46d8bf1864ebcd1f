# closures made in the same call share the same cell
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(5)
print(get())
get2, set2 = pair()
set2("other")
print(get(), get2())
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
