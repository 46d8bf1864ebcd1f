# dict literals, lookup, update and membership (output independent of order)
d = {"a": 1, "b": 2}
print(d["a"], d["b"])
d["c"] = 3
d["a"] = 10
print(len(d), sorted(d.keys()), sorted(d.values()))
print("a" in d, "z" in d, "z" not in d)
print(d.get("b"), d.get("z"), d.get("z", 0))
del d["b"]
print(sorted(d.items()))
print({}, len({}))
print({1: "one"}, {(1, 2): "pair"})
try:
    d["missing"]
except KeyError:
    print("KeyError")
e = dict(x=1, y=2)
print(sorted(e.items()))
print(dict([("k", 1), ("v", 2)]) == {"v": 2, "k": 1})
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
