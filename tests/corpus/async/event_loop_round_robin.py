# a round-robin loop interleaving several coroutines at each suspension
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
async def task(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await Yield()
    return name + " done"
def run_all(coros):
    queue = list(coros)
    results = {}
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[len(results)] = e.value
    return [results[i] for i in range(len(results))]
print(run_all([task("A", 3), task("B", 1), task("C", 2)]))
