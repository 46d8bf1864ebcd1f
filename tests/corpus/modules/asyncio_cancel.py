# Task.cancel: CancelledError thrown in at the await, finally clauses, cancel before the first step
import asyncio


async def sleeper(name, d):
    try:
        print("sleeper", name, "start")
        await asyncio.sleep(d)
        print("sleeper", name, "woke")
    finally:
        print("sleeper", name, "finally")


async def catcher():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("catcher caught")
    await asyncio.sleep(0.01)
    return "caught and went on"


async def waiter(t):
    try:
        await t
    except asyncio.CancelledError:
        print("waiter saw the cancellation")
        return "w"


async def main():
    t = asyncio.create_task(sleeper("a", 1))
    await asyncio.sleep(0.01)
    print("cancel", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("a cancelled", t.done())
    print("cancel again", t.cancel())
    # cancelled before it ever ran: the body never starts
    t = asyncio.create_task(sleeper("b", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("b cancelled")
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)
    # a task waiting on a cancelled task sees the CancelledError
    inner = asyncio.create_task(sleeper("c", 1))
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    inner.cancel()
    print(await w)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
