# an awaitable object suspends the coroutine; the loop resumes it with a value.
# (__await__ for CPython, __iter__ for MicroPython: the same generator)
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield self.what
        return reply
    __iter__ = __await__
async def fetch(name):
    data = await Request("get " + name)
    return name + "=" + data
async def main():
    a = await fetch("x")
    b = await fetch("y")
    return [a, b]
def run(coro):
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print("loop handles:", request)
        value = request.upper()
print(run(main()))
