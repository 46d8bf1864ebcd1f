# producer and consumer coroutines sharing a queue under a tiny scheduler
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
queue = []
async def producer(n):
    for i in range(n):
        queue.append(i * i)
        print("produced", i * i)
        await Pause()
    queue.append(None)
async def consumer():
    total = 0
    while True:
        while not queue:
            await Pause()
        item = queue.pop(0)
        if item is None:
            return total
        print("consumed", item)
        total += item
def run(tasks):
    results = []
    while tasks:
        t = tasks.pop(0)
        try:
            t.send(None)
            tasks.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([consumer(), producer(4)]))
