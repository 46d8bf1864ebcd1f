# a hand-written gather: run coroutines together, results in argument order
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
async def job(name, pauses, value):
    for i in range(pauses):
        print(name, "working", i)
        await Pause()
    print(name, "finished")
    return value
def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        still = []
        for idx, c in pending:
            try:
                c.send(None)
                still.append((idx, c))
            except StopIteration as e:
                results[idx] = e.value
        pending = still
    return results
print(gather(job("a", 2, "A"), job("b", 0, "B"), job("c", 1, "C")))
