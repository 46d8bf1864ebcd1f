# floor division and modulo of floats with inf and nan: nan where there is no answer
inf = float("inf")
nan = float("nan")
for x, y in [(inf, 1.0), (-inf, 2.0), (nan, 1.0), (1.0, nan), (5.0, inf), (-5.0, inf), (5.0, -inf), (inf, inf), (7.5, 2.0), (-7.5, 2.0), (0.0, -3.0)]:
    print(x, y, x // y, x % y, divmod(x, y))
print(inf // 1, nan % 1, 3 // inf, -3 % inf)
