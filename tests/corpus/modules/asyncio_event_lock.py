# asyncio.Event and asyncio.Lock: waiters woken in order, set/clear, mutual exclusion, async with
import asyncio


async def wait_event(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def setter(ev, d):
    await asyncio.sleep(d)
    print("setting")
    ev.set()


async def locked_work(name, lock, d):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(d)
        print(name, "releases")


async def main():
    ev = asyncio.Event()
    print("is_set", ev.is_set())
    ts = [asyncio.create_task(wait_event(n, ev)) for n in ("e1", "e2", "e3")]
    await setter(ev, 0.02)
    for t in ts:
        await t
    print("is_set", ev.is_set())
    await wait_event("e4", ev)
    ev.clear()
    print("cleared", ev.is_set())
    t = asyncio.create_task(wait_event("e5", ev))
    await asyncio.sleep(0.01)
    ev.set()
    await t

    lock = asyncio.Lock()
    print("locked", lock.locked())
    ts = [asyncio.create_task(locked_work(n, lock, 0.01)) for n in ("l1", "l2", "l3")]
    await asyncio.sleep(0)
    print("locked", lock.locked())
    for t in ts:
        await t
    print("locked", lock.locked())
    await lock.acquire()
    print("acquired", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError")
    # a waiter cancelled while queued for the lock does not get it
    await lock.acquire()
    a = asyncio.create_task(locked_work("c1", lock, 0.01))
    b = asyncio.create_task(locked_work("c2", lock, 0.01))
    await asyncio.sleep(0.01)
    a.cancel()
    await asyncio.sleep(0.01)
    lock.release()
    await b
    print("locked at end", lock.locked())


asyncio.run(main())
