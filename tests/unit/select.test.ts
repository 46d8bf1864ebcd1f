// select (poll over sys.stdin and objects with MicroPython's ioctl stream protocol), sys.stdin's
// input from the host, and asyncio's streams over it: run on the interpreter built from src/ with
// a host that has timers, so a poll really sleeps until the test gives input.
import { describe, it, expect } from "vitest";
import { create } from "../../src/embed";

interface Run {
  out: string;
  err: string;
  ms: number;
}

// Runs src; feeds[k] = [ms after the start, text or null for the end of input]
function run(src: string, feeds: [number, string | null][] = [], stress = false): Promise<Run> {
  return new Promise((resolve) => {
    let out = "";
    let err = "";
    let started = 0;
    const t0 = Date.now();
    const vm = create(
      {
        write: (s) => (out += s),
        writeErr: (s) => (err += s),
        now: () => Date.now(),
        schedule: (fn, ms) => setTimeout(fn, ms),
        cancel: (h) => clearTimeout(h),
        startInput: () => {
          started++;
          for (const [ms, text] of feeds) setTimeout(() => vm.input!(text), ms);
        },
      },
      { heapSize: 256 * 1024, gcStress: stress },
    );
    vm.exec(src, () => resolve({ out: out + (started > 1 ? "startInput called twice\n" : ""), err, ms: Date.now() - t0 }), "<test>");
  });
}

describe("select.poll on sys.stdin", () => {
  const prog = `
import select, sys, time
p = select.poll()
p.register(sys.stdin, select.POLLIN)
print(p.poll(0))
t0 = time.ticks_ms()
r = p.poll(5000)
print(len(r), r[0][0] is sys.stdin, r[0][1] == select.POLLIN, time.ticks_diff(time.ticks_ms(), t0) < 2000)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
print(p.poll(0))
r = p.poll(-1)
print(repr(sys.stdin.read(2)), repr(sys.stdin.read(10)))
print(len(p.poll()), repr(sys.stdin.read()))
`;
  const want = "[]\n1 True True True\n'ab\\n' 'cd'\n[]\n'ef' 'g'\n1 ''\n";
  const feeds: [number, string | null][] = [[60, "ab\ncd"], [150, "efg"], [220, null]];
  it("sleeps until the host gives input, and reads it without blocking", async () => {
    const r = await run(prog, feeds);
    expect(r.err).toBe("");
    expect(r.out).toBe(want);
    expect(r.ms).toBeLessThan(2000);
  });
  it("under gc stress", async () => {
    const r = await run(prog, feeds, true);
    expect(r.err).toBe("");
    expect(r.out).toBe(want);
  });
  it("a timeout ends the poll when no input comes", async () => {
    const r = await run("import select, sys\np = select.poll()\np.register(sys.stdin)\nprint(p.poll(80))\nprint(select.select([sys.stdin], [], [], 0.05))\n");
    expect(r.out).toBe("[]\n([], [], [])\n");
    expect(r.ms).toBeGreaterThanOrEqual(120);
  });
  it("stdout is always writable; select.select reports both", async () => {
    const r = await run("import select, sys\np = select.poll()\np.register(sys.stdout, select.POLLOUT)\nprint(p.poll(1000) == [(sys.stdout, select.POLLOUT)])\nprint(select.select([sys.stdin], [sys.stdout], [], 1))\nprint(select.select([sys.stdin], [], [], 1)[0] == [sys.stdin])\nr, w, x = select.select([sys.stdin], [sys.stdout], [], 1)\nprint(r == [sys.stdin], w == [sys.stdout], x)\n", [[30, "x"]]);
    expect(r.err).toBe("");
    expect(r.out).toBe("True\n([], [<TextIOWrapper>], [])\nTrue\nTrue True []\n");
  });
});

describe("select.poll on streams with ioctl", () => {
  it("asks ioctl(MP_STREAM_POLL, events), keeps error and hang-up, register/modify/unregister, one-shot ipoll", async () => {
    const prog = `
import select
class Dev:
    def __init__(self, name):
        self.name = name
        self.ready = 0
        self.asked = []
    def ioctl(self, req, arg):
        self.asked.append((req, arg))
        return self.ready
    def __repr__(self):
        return self.name
a = Dev("a"); b = Dev("b")
p = select.poll()
p.register(a, select.POLLIN)
p.register(b)
print(p.poll(0))
a.ready = select.POLLIN | select.POLLOUT
b.ready = select.POLLOUT
print(p.poll(0), a.asked[-1], b.asked[-1])
p.modify(a, select.POLLOUT)
print(p.poll(0))
a.ready = select.POLLHUP
print(p.poll(0))
p.unregister(b)
p.unregister(b)
print(p.poll(0))
a.ready = select.POLLOUT
print(list(p.ipoll(0, 1)), list(p.ipoll(0, 1)))
p.modify(a, select.POLLOUT)
print([(o, e) for o, e in p.ipoll(0)])
try:
    p.modify(b, select.POLLIN)
except OSError as e:
    print("OSError", e.args[0])
try:
    p.register(42)
except TypeError:
    print("TypeError")
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
`;
    const r = await run(prog);
    expect(r.err).toBe("");
    expect(r.out).toBe(
      "[]\n[(a, 1), (b, 4)] (3, 1) (3, 5)\n[(a, 4), (b, 4)]\n[(a, 16), (b, 4)]\n[(a, 16)]\n[(a, 4)] []\n[(a, 4)]\nOSError 2\nTypeError\n1 4 8 16\n",
    );
  });
  it("a poll with a timeout waits for a stream that becomes ready later", async () => {
    const prog = `
import select, time, micropython
class Dev:
    ready = 0
    def ioctl(self, req, arg):
        self.ready += 1
        return select.POLLIN if self.ready > 3 else 0
d = Dev()
p = select.poll()
p.register(d, select.POLLIN)
t0 = time.ticks_ms()
print(p.poll(1000) == [(d, select.POLLIN)], d.ready, time.ticks_diff(time.ticks_ms(), t0) >= 20)
`;
    const r = await run(prog);
    expect(r.err).toBe("");
    expect(r.out).toBe("True 4 True\n");
  });
});

describe("asyncio streams over sys.stdin", () => {
  it("StreamReader.readline and read wait for input while other tasks run; StreamWriter.drain writes", async () => {
    const prog = `
import asyncio, sys
async def ticker(n):
    for i in range(n):
        await asyncio.sleep_ms(200)
        print("tick", i)
async def reader():
    r = asyncio.StreamReader(sys.stdin)
    print("line", repr(await r.readline()))
    print("line", repr(await r.readline()))
    print("exactly", repr(await r.readexactly(3)))
    print("rest", repr(await r.read()))
    print("eof", repr(await r.readline()))
    w = asyncio.StreamWriter(sys.stdout)
    w.write("written ")
    w.write("twice\\n")
    await w.drain()
asyncio.run(asyncio.gather(ticker(2), reader()))
`;
    const r = await run(prog, [[100, "one\ntw"], [300, "o\nabc"], [500, "def"], [600, null]]);
    expect(r.err).toBe("");
    expect(r.out).toBe("line 'one\\n'\ntick 0\nline 'two\\n'\nexactly 'abc'\ntick 1\nrest 'def'\neof ''\nwritten twice\n");
  });
  it("a task waiting for input can be cancelled, and wait_for times out on it", async () => {
    const prog = `
import asyncio, sys
async def main():
    r = asyncio.StreamReader(sys.stdin)
    try:
        await asyncio.wait_for_ms(r.readline(), 50)
    except asyncio.TimeoutError:
        print("timeout")
    print(repr(await r.readline()))
asyncio.run(main())
`;
    const r = await run(prog, [[150, "late\n"]]);
    expect(r.err).toBe("");
    expect(r.out).toBe("timeout\n'late\\n'\n");
  });
});
