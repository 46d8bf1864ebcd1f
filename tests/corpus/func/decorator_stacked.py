# stacked decorators apply bottom-up; decorator expressions evaluate top-down
def tag(name):
    print("evaluating tag", name)
    def deco(fn):
        print("applying", name)
        def wrapper():
            return name + "(" + fn() + ")"
        return wrapper
    return deco
@tag("outer")
@tag("middle")
@tag("inner")
def base():
    return "base"
print(base())
def twice(fn):
    return lambda x: fn(fn(x))
@twice
@twice
def inc(x):
    return x + 1
print(inc(0))
