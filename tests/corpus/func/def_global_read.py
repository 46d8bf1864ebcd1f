# reading module-level names from inside functions
LIMIT = 3
names = ["a", "b"]
def show():
    print("limit is", LIMIT)
    print("names:", names)
show()
LIMIT = 4
show()
def add_name(n):
    names.append(n)
add_name("c")
show()
def uses_later():
    return later_defined * 2
later_defined = 21
print(uses_later())
