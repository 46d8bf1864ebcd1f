# equal numbers are the same dict key and set element
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(len(d), d[1])
s = {0, 0.0, False}
print(len(s))
print(hash(1) == hash(1.0), hash(0) == hash(False))
print({2: "a"}.get(2.0), {2.5: "b"}.get(2.5))
big = 2 ** 80
d2 = {big: "big"}
print(d2[2 ** 80], d2.get(2 ** 80 + 0))
print(hash("abc") == hash("ab" + "c"))
print(hash((1, 2)) == hash((1, 2)))
