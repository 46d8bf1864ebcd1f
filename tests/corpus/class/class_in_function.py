# classes created inside functions close over local variables
def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ", " + name
    return Greeter
Hello = make_class("hello")
Hi = make_class("hi")
print(Hello().greet("ann"), Hi().greet("bob"))
print(Hello is Hi, Hello.__name__)
def counter_class():
    count = 0
    class C:
        def __init__(self):
            nonlocal count
            count += 1
            self.n = count
    return C
K = counter_class()
print([K().n for _ in range(3)])
