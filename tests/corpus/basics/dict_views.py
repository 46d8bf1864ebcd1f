# keys(), values() and items() are live views of the dict
d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
it = d.items()
d["c"] = 3
print(len(k), len(v), len(it))
print("c" in k, 3 in v, ("a", 1) in it, ("a", 2) in it)
print(sorted(k), sorted(v), sorted(it))
del d["a"]
print(sorted(k))
total = 0
for key, val in d.items():
    total += val
print(total)
print(list(sorted(d)) == sorted(d.keys()))
