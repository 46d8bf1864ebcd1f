# dict methods, views and in-place update
d = {"a": 1, "b": 2}
k = d.keys()
i = d.items()
print(("a", 1) in i, ("a", 2) in i, ("z", 1) in i, len(k), "a" in k, 1 in d.values())
d["c"] = 3
print(sorted(k), len(i), sorted(d.values()), sorted(i))
e = {1: "a"}
alias = e
e.update({2: "b"})
e.update([(3, "c")])
print(sorted(alias.items()), e is alias)
print(dict(a=1), sorted(dict([(1, 2)], x=3).items(), key=str), dict({1: 2}), sorted(dict(zip("ab", range(2))).items()))
print(sorted(dict.fromkeys("ab").items()), sorted(dict.fromkeys([1, 2], 0).items()))
f = {"q": 1}
print(f.setdefault("q", 5), f.setdefault("r", 6), sorted(f.items()), f.pop("q"), f.pop("zz", None), f)
print(f.popitem(), f)
try:
    f.popitem()
except KeyError:
    print("KeyError popitem")
try:
    {}["missing"]
except KeyError as ex:
    print("KeyError", ex.args)
g = {1: 2, 3: 4}
g.update({5: 6})
g.update([(7, 8)])
g.update(nine=9)
print(sorted(g.items(), key=str), g.copy() == g, g.copy() is g)
del g[1]
print(len(g), 1 in g, g.get(1), g.get(3), g.get(1, "dflt"))
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {True: "t"}[1], {1.0: "f"}[1], {2: 0} == {2: 0, 3: 0})
h = {}
for w in "the cat the hat the end".split():
    h[w] = h.get(w, 0) + 1
print(sorted(h.items()))
print(sorted({x: x * x for x in range(4)}.items()), list({}.items()), bool({}), bool({0: 0}))
