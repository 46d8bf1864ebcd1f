# dict methods: setdefault, pop, update, copy, clear, fromkeys
d = {"x": 1}
print(d.setdefault("x", 5), d.setdefault("y", 7))
print(sorted(d.items()))
print(d.pop("x"), d.pop("nope", "default"))
try:
    d.pop("nope")
except KeyError:
    print("KeyError")
d.update({"a": 1, "b": 2})
d.update(c=3)
d.update([("e", 5)])
print(sorted(d.items()))
c = d.copy()
c["a"] = 100
print(d["a"], c["a"])
d.clear()
print(d, len(d))
f = dict.fromkeys(["p", "q"], 0)
print(sorted(f.items()))
k, v = {"only": 1}.popitem()
print(k, v)
