# inf, nan and negative zero
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf > 10 ** 30, -inf < -(10 ** 30))
print(inf + 1, inf * -1, inf - inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(float("-inf"), float("infinity"), float("-nan"))
print(1e308 * 10)
z = -0.0
print(z, z == 0.0, 0.0 == -0.0)
print(float("1e500"), float("-1e500"))
x = inf
print(x == x, x is x)
