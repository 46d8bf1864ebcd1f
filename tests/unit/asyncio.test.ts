// The MicroPython-only parts of asyncio (and of frozen modules), whose output CPython cannot give:
// run on the interpreter built from src/ with a host that has timers. The behaviour both share is
// in the corpus (tests/corpus/modules/asyncio_*.py).
import { describe, it, expect } from "vitest";
import { create } from "../../src/embed";

function run(src: string, stress = false): Promise<{ out: string; err: string }> {
  return new Promise((resolve) => {
    let out = "";
    let err = "";
    const vm = create(
      {
        write: (s) => (out += s),
        writeErr: (s) => (err += s),
        now: () => Date.now(),
        schedule: (fn, ms) => setTimeout(fn, ms),
        cancel: (h) => clearTimeout(h),
      },
      { heapSize: 256 * 1024, gcStress: stress },
    );
    vm.exec(src, () => resolve({ out, err }), "<test>");
  });
}

describe("frozen modules", () => {
  it("are packages and submodules with MicroPython's __file__ and __path__", async () => {
    const r = await run(`
import sys
import asyncio
print(asyncio.__name__, asyncio.__file__, asyncio.__path__)
import asyncio.core
from asyncio import funcs
print(asyncio.core.__name__, asyncio.core.__file__, funcs.__name__, funcs.__file__)
print(asyncio.core is sys.modules["asyncio.core"], "asyncio.lock" in sys.modules)
import select, uselect
print(select.__name__, select.__file__, hasattr(select, "__path__"), uselect is select)
try:
    import asyncio.nothing
except ImportError:
    print("ImportError")
`);
    expect(r.err).toBe("");
    expect(r.out).toBe(
      "asyncio asyncio/__init__.py .frozen/asyncio\nasyncio.core asyncio/core.py asyncio.funcs asyncio/funcs.py\nTrue True\nselect select.py False True\nImportError\n",
    );
  });
});

describe("asyncio, MicroPython's extensions and differences", () => {
  it("sleep_ms, wait_for_ms, a sleep as a task, ThreadSafeFlag", async () => {
    const prog = `
import asyncio
flag = asyncio.ThreadSafeFlag()
async def waiter():
    await flag.wait()
    print("flag 1")
    await flag.wait()
    print("flag 2")
async def slow():
    await asyncio.sleep_ms(200)
async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep_ms(10)
    flag.set()
    flag.set()
    await asyncio.sleep_ms(10)
    print("flag cleared by the wait", t.done())
    flag.set()
    await t
    print(await asyncio.wait_for_ms(asyncio.sleep_ms(5), 2000))
    try:
        await asyncio.wait_for_ms(slow(), 20)
    except asyncio.TimeoutError:
        print("TimeoutError")
    s = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep_ms(1)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("sleep cancelled")
asyncio.run(main())
`;
    const want = "flag 1\nflag cleared by the wait False\nflag 2\nNone\nTimeoutError\nsleep cancelled\n";
    const r = await run(prog);
    expect(r.err).toBe("");
    expect(r.out).toBe(want);
    const s = await run(prog, true);
    expect(s.err).toBe("");
    expect(s.out).toBe(want);
  });
  it("errors: current_task outside a task, cancelling itself, create_task of a non-coroutine", async () => {
    const r = await run(`
import asyncio
try:
    asyncio.current_task()
except RuntimeError:
    print("no task")
try:
    asyncio.create_task(42)
except TypeError:
    print("TypeError")
async def main():
    try:
        asyncio.current_task().cancel()
    except RuntimeError:
        print("can't cancel self")
asyncio.run(main())
`);
    expect(r.err).toBe("");
    expect(r.out).toBe("no task\nTypeError\ncan't cancel self\n");
  });
  it("an exception nobody awaits goes to the loop's exception handler, by default printed", async () => {
    const r = await run(`
import asyncio
async def boom(n):
    raise ValueError(n)
def handler(loop, ctx):
    print("handler:", ctx["message"], repr(ctx["exception"]), ctx["future"] is t, loop is asyncio.get_event_loop())
async def main():
    global t
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    t = asyncio.create_task(boom(1))
    await asyncio.sleep_ms(100)
    loop.set_exception_handler(None)
    t = asyncio.create_task(boom(2))
    await asyncio.sleep_ms(100)
    # awaited before the loop's next turn: retrieved, nothing reported
    t = asyncio.create_task(boom(3))
    await asyncio.sleep(0)
    try:
        await t
    except ValueError as e:
        print("retrieved", e)
asyncio.run(main())
`);
    expect(r.out).toBe("True\nhandler: Task exception wasn't retrieved ValueError(1) True True\nretrieved 3\n");
    expect(r.err).toMatch(/^Task exception wasn't retrieved\nfuture: <Task object at [0-9a-fx]+> coro= <generator object 'boom' at [0-9a-fx]+>\nTraceback \(most recent call last\):\n(.*\n)*ValueError: 2\n$/);
  });
  it("the loop: run_forever ends at stop() or when nothing is left, new_event_loop drops old tasks", async () => {
    const r = await run(`
import asyncio
loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop())
async def tick(n):
    for i in range(n):
        await asyncio.sleep_ms(5)
        print("tick", i)
loop.create_task(tick(2))
loop.run_forever()
print("nothing left")
async def forever():
    while True:
        await asyncio.sleep_ms(5)
async def stopper():
    await asyncio.sleep_ms(20)
    print("stop")
    asyncio.get_event_loop().stop()
loop.create_task(forever())
loop.create_task(stopper())
loop.run_forever()
print("stopped")
loop = asyncio.new_event_loop()
loop.create_task(tick(1))
print(loop.run_until_complete(asyncio.sleep_ms(30)))
loop.close()
`);
    expect(r.err).toBe("");
    expect(r.out).toBe("True\ntick 0\ntick 1\nnothing left\nstop\nstopped\ntick 0\nNone\n");
  });
  it("a micropython.schedule callback can set a ThreadSafeFlag", async () => {
    const r = await run(`
import asyncio, micropython
flag = asyncio.ThreadSafeFlag()
async def main():
    micropython.schedule(lambda _: flag.set(), None)
    await flag.wait()
    print("woken by the callback")
asyncio.run(main())
`);
    expect(r.err).toBe("");
    expect(r.out).toBe("woken by the callback\n");
  });
});
