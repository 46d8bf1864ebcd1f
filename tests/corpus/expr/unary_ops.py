# unary plus, minus and invert
x = 5
print(-x, +x, ~x)
print(- -x, -+x, ~~x)
print(-0, +0, ~0, ~-1)
y = -(2 ** 65)
print(-y, +y, ~y)
f = 2.5
print(-f, +f)
print(not x, not not x)
print(-True, +False, ~True)
