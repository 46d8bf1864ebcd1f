# methods accessed through an instance are bound to it
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="hello"):
        return greeting + " " + self.name
g = Greeter("ann")
m = g.greet
print(m())
print(m("hi"))
print(Greeter.greet(g, "hey"))
calls = [Greeter("x").greet, Greeter("y").greet]
print([c() for c in calls])
g.name = "changed"
print(m())
h = Greeter("h")
print(list(map(Greeter.greet, [g, h])))
print(g.greet == g.greet, callable(m))
