# close() on a suspended coroutine runs its finally block
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
async def worker():
    try:
        print("worker started")
        await Pause()
        print("never resumed")
    finally:
        print("worker cleanup")
w = worker()
w.send(None)
w.close()
print("closed")
async def quick():
    return 1
q = quick()
q.close()
print("closed before start")
