# the as target receives what __enter__ returns, not the manager itself
class Opener:
    def __enter__(self):
        return ["handle", 1]
    def __exit__(self, *args):
        print("exit called with", len(args), "arguments")
mgr = Opener()
with mgr as h:
    print(h, h is mgr)
class Pair:
    def __enter__(self):
        return 10, 20
    def __exit__(self, *a):
        return None
with Pair() as (a, b):
    print(a + b)
class Box:
    pass
box = Box()
with Pair() as box.value:
    pass
print(box.value)
d = {}
with Pair() as d["k"]:
    pass
print(d)
