# the = specifier in f-strings prints the expression and its repr
x = 10
name = "pi"
print(f"{x=}")
print(f"{x + 1=}")
print(f"{name=!r} {name=!s}")
print(f"{x=:5d}|")
print(f"{x*2=}")
