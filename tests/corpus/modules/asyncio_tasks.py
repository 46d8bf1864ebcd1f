# asyncio tasks interleaving on sleeps of distinct lengths, results, current_task, sleep(0)
import asyncio

log = []


async def worker(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        print(name, "after", d)
    return name + "!"


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def who():
    return asyncio.current_task()


async def main():
    print("main start")
    a = asyncio.create_task(worker("a", [0.1, 0.2]))
    b = asyncio.create_task(worker("b", [0.15, 0.25]))
    print("created", a.done(), b.done())
    print("result", await a)
    print("result", await b)
    print("done", a.done(), b.done())
    # awaiting a finished task again gives its result again
    print("again", await a)
    # round robin on sleep(0)
    t1 = asyncio.create_task(spinner("x", 3))
    t2 = asyncio.create_task(spinner("y", 3))
    await t1
    await t2
    # current_task is the task running the coroutine
    me = asyncio.current_task()
    t = asyncio.create_task(who())
    other = await t
    print("current", other is t, other is me, asyncio.current_task() is me)
    # sleep_ms is MicroPython's; both spell the same wait here
    await asyncio.sleep(0.01)
    return 42


print("run returned", asyncio.run(main()))
