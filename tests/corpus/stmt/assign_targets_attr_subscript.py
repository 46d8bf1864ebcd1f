# attributes and subscripts as assignment targets, also inside unpacking
class Box:
    pass
box = Box()
box.x = 1
box.x, box.y = box.x + 1, 10
print(box.x, box.y)
d = {}
d["a"], d["b"] = "A", "B"
print(sorted(d.items()))
m = [[0, 0], [0, 0]]
m[0][1], m[1][0] = 5, 6
print(m)
box.items = [0, 0, 0]
box.items[1] = "mid"
print(box.items)
i = 0
items = [0, 0]
i, items[i] = 1, "set"
print(items)
a = b = box.z = []
a.append(1)
print(b, box.z)
