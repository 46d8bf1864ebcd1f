# dicts remember insertion order (CPython 3.7+); deleting and re-adding a key
# moves it to the end, updating a value keeps its place
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
print(list(d), list(d.values()))
d["alpha"] = 99
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d.keys()))
n = {3: "c", 1: "a", 2: "b"}
print(n)
n[0] = "z"
print(n)
print(dict([("b", 1), ("a", 2), ("c", 3)]))
