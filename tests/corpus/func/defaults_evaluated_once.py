# default values are evaluated once, when the def statement runs
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
counter = [0]
def next_id():
    counter[0] += 1
    print("computing default", counter[0])
    return counter[0]
def f(a=next_id()):
    return a
print(f(), f(), f(10))
def g(d={}):
    d["calls"] = d.get("calls", 0) + 1
    return d["calls"]
print(g(), g(), g({}), g())
