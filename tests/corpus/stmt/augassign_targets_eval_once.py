# the target of an augmented assignment is evaluated once
calls = []
data = [10, 20, 30]
def idx(i):
    calls.append(i)
    return i
data[idx(1)] += 5
print(data, calls)
class Obj:
    def __init__(self):
        self.n = 0
objs = [Obj()]
def get(i):
    calls.append("get")
    return objs[i]
get(0).n += 3
get(0).n *= 2
print(objs[0].n, calls)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("new", 0)
d["new"] -= 1
print(sorted(d.items()))
