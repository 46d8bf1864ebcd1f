# exceptions propagate through await and can be caught in coroutines
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
async def fail(msg):
    await Pause()
    raise ValueError(msg)
async def middle():
    try:
        await fail("inner problem")
    except ValueError as e:
        print("middle caught:", e)
        return "handled"
async def top():
    r = await middle()
    print("middle returned", r)
    await fail("uncaught in top")
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
try:
    run(top())
except ValueError as e:
    print("loop saw:", e)
async def waiter():
    try:
        await Pause()
    except KeyError:
        print("waiter got KeyError via throw")
        return "recovered"
w = waiter()
w.send(None)
try:
    w.throw(KeyError())
except StopIteration as e:
    print(e.value)
