# async with awaits __aenter__ and __aexit__
class Lock:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("acquire", self.name)
        return self.name + "-handle"
    async def __aexit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
async def main():
    async with Lock("a") as h:
        print("inside with", h)
    try:
        async with Lock("b"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated:", e)
    async with Lock("c", suppress=True):
        raise KeyError("hidden")
    print("after suppressed error")
    async with Lock("d") as x, Lock("e") as y:
        print("two items", x, y)
    return "ok"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
