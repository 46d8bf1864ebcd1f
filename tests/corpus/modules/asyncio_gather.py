# asyncio.gather: results in argument order, tasks and coroutines, exceptions and return_exceptions
# (sleeps 0.1 s apart, so that a slow run, as under -X gcstress on a loaded machine, keeps the order)
import asyncio


async def value(v, d):
    await asyncio.sleep(d)
    print("value", v)
    return v


async def fail(msg, d):
    await asyncio.sleep(d)
    print("fail", msg)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(value(1, 0.3), value(2, 0.1), value(3, 0.2)))
    print(await asyncio.gather())
    t = asyncio.create_task(value("t", 0.2))
    print(await asyncio.gather(t, value("c", 0.1)))
    r = await asyncio.gather(value(4, 0.1), fail("bad", 0.2), value(5, 0.3), return_exceptions=True)
    print([type(x).__name__ for x in r], r[0], r[1].args, r[2])
    # the first failure ends the gather; the other tasks go on running
    slow = asyncio.create_task(value("slow", 0.6))
    late = asyncio.create_task(fail("late", 0.4))
    try:
        await asyncio.gather(fail("early", 0.1), slow, late)
    except ValueError as e:
        print("caught", e.args, slow.done(), late.done())
    try:
        await late
    except ValueError as e:
        print("late", e.args)
    await asyncio.sleep(0.3)
    print("slow done", slow.done())
    # a gather inside a gather
    print(await asyncio.gather(asyncio.gather(value(6, 0.1), value(7, 0.3)), value(8, 0.2)))


asyncio.run(main())
