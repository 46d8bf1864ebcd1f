# f-strings with nested expressions: calls, subscripts, comprehensions,
# conditional expressions and nested replacement fields in the format spec
def shout(s):
    return s.upper() + "!"
d = {"key": "value"}
xs = [10, 20, 30]
print(f"{shout('hi')}")
print(f"{d['key']}")
print(f"{xs[-1]} {xs[0:2]}")
print(f"{'yes' if len(xs) > 2 else 'no'}")
print(f"{[x * 2 for x in xs]}")
print(f"{sum(x for x in xs)}")
inc = lambda v: v + 1
print(f"{inc(41)} {inc(inc(1))}")
print(f"{str(1 + 1) + 'x'}")
width = 6
prec = 2
print(f"{3.14159:{width}.{prec}f}|")
print(f"{'n':>{width}}|")
print(f"{len(str(xs))}")
print(f"{xs[1] if xs else 0:>5}|")
