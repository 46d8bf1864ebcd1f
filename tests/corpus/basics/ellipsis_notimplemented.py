# Ellipsis and NotImplemented are singletons
print(...)
print(... is Ellipsis)
x = ...
print(x == Ellipsis)
def todo():
    ...
print(todo())
print(NotImplemented is NotImplemented)
print(bool(...))
