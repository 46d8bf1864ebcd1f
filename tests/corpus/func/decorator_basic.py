# decorators replace the function with the decorator's result
def loud(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@loud
def add(a, b):
    return a + b
print(add(2, 3))
def register_into(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
names = []
@register_into(names)
def one(): pass
@register_into(names)
def two(): pass
print(names)
def replace(fn):
    return 42
@replace
def gone(): pass
print(gone)
