# an async def call makes a coroutine; send(None) runs it to the end
async def answer():
    print("running")
    return 42
c = answer()
print("created, not started")
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)
async def nothing():
    pass
d = nothing()
try:
    d.send(None)
except StopIteration as e:
    print("no return:", e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    return a + b
print(run(add(2, 3)))
