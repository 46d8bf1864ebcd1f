# a loop with virtual time: tasks sleep for a number of ticks
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks
    __iter__ = __await__
class Loop:
    def __init__(self):
        self.now = 0
        self.seq = 0
        self.ready = []
    def spawn(self, coro):
        self.seq += 1
        self.ready.append((self.now, self.seq, coro))
    def run(self):
        while self.ready:
            self.ready.sort(key=lambda e: (e[0], e[1]))
            when, _, coro = self.ready.pop(0)
            self.now = when
            try:
                ticks = coro.send(None)
            except StopIteration:
                continue
            self.seq += 1
            self.ready.append((self.now + ticks, self.seq, coro))
loop = Loop()
async def blink(name, period, times):
    for _ in range(times):
        print("t=%d %s" % (loop.now, name))
        await Sleep(period)
    print("t=%d %s finished" % (loop.now, name))
loop.spawn(blink("fast", 2, 4))
loop.spawn(blink("slow", 3, 2))
loop.run()
print("final time", loop.now)
