# defining and calling functions
def greet(name):
    print("hi " + name)
greet("ann")
greet("bob")
def add(a, b):
    return a + b
print(add(2, 3))
print(add("x", "y"))
def square(n):
    return n * n
print(square(square(3)))
def no_args():
    return 99
print(no_args())
def early(n):
    if n > 0:
        return "positive"
    return "other"
print(early(1), early(-1))
