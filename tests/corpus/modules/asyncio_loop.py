# The event loop object: run_until_complete, create_task, run_forever and stop
import asyncio


async def tick(name, n, d):
    for i in range(n):
        await asyncio.sleep(d)
        print(name, i)
    return name


async def stopper(loop, d):
    await asyncio.sleep(d)
    print("stopping")
    loop.stop()


loop = asyncio.new_event_loop()
print(loop.run_until_complete(tick("a", 2, 0.01)))
t = loop.create_task(tick("b", 2, 0.01))
print(loop.run_until_complete(t), t.done())
loop.create_task(tick("c", 2, 0.1))
loop.create_task(stopper(loop, 0.3))
loop.run_forever()
print("after run_forever")


async def raises():
    await asyncio.sleep(0.01)
    raise OSError(5)


try:
    loop.run_until_complete(raises())
except OSError as e:
    print("OSError", e.args)
loop.close()
