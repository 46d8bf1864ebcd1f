# __getattr__ runs only when normal lookup fails
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self.target, name)
class Target:
    color = "blue"
    def hello(self):
        return "hello from target"
p = Proxy(Target())
print(p.color)
print(p.hello())
print(p.target.color)
class Default:
    real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(name)
d = Default()
print(d.real, d.x_abc)
print(getattr(d, "nope", "fallback"), hasattr(d, "nope"), hasattr(d, "x_y"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
