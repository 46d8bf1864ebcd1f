# decorators applied to classes
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
@add_hello
class A:
    pass
print(A().hello())
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("first")
class First:
    pass
@register("second")
class Second(First):
    pass
print(sorted(registry), registry["second"].__name__)
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class single:
    value = 7
print(single.value, type(single).__name__)
