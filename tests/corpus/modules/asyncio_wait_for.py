# asyncio.wait_for: a result in time, a timeout that cancels the awaited task, exceptions through it
import asyncio


async def slow(name, d):
    print("start", name)
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    print("end", name)
    return name


async def boom(d):
    await asyncio.sleep(d)
    raise KeyError("k")


async def main():
    print("got", await asyncio.wait_for(slow("quick", 0.01), 2))
    try:
        await asyncio.wait_for(slow("late", 5), 0.05)
    except asyncio.TimeoutError:
        print("timeout")
    try:
        await asyncio.wait_for(boom(0.01), 2)
    except KeyError as e:
        print("KeyError", e.args)
    t = asyncio.create_task(slow("task", 5))
    try:
        await asyncio.wait_for(t, 0.05)
    except asyncio.TimeoutError:
        print("timeout on task", t.done())
    print("none", await asyncio.wait_for(slow("no limit", 0.01), None))

asyncio.run(main())
