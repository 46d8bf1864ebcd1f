# a global or local name can shadow a builtin; deleting it uncovers the builtin
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = lambda *a: "local max"
    return max(1, 2)
print(f(), max(1, 2))
list_ = list
def g():
    list = "not a type"
    return list, list_("ab")
print(g())
print(list("xy"))
