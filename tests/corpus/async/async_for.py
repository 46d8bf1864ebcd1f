# async for drives __aiter__ and __anext__ until StopAsyncIteration
class Tick:
    def __await__(self):
        yield "tick"
    __iter__ = __await__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await Tick()
        self.n -= 1
        return self.n + 1
async def main():
    seen = []
    async for v in Countdown(3):
        seen.append(v)
    async for v in Countdown(5):
        if v == 3:
            break
        print("v", v)
    else:
        print("not reached")
    async for v in Countdown(0):
        print("never")
    else:
        print("else after empty async for")
    return seen
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(main()))
