// Ctrl-C at random instants: interrupt() is called from the host's now() (which the VM reads at
// every slice check, in builtins' nested loops too) or from its write(), after a random number of
// calls, while programs run: plain loops, generators, finally blocks, sleeps, loops inside
// builtins. Each run must end as KeyboardInterrupt (or finish first), the heap must check, and
// the next program must run right.
//
// MPJS_INTERRUPT_COUNT (default 120) runs with random instants, seed MPJS_INTERRUPT_SEED.
import { describe, it, expect } from "vitest";
import { create } from "../../src/embed";
import { heapCheck } from "../../src/gc/heap";
import { interp, prng, pick } from "./harness";
import { memStorage } from "../lib/memstorage";

const COUNT = Number(process.env.MPJS_INTERRUPT_COUNT || 120);
const SEED = Number(process.env.MPJS_INTERRUPT_SEED || 9);

// programs that run until interrupted
const LOOPS = [
  "while True:\n    pass",
  "n = 0\nwhile True:\n    n += 1",
  "def g():\n    while True:\n        yield 1\nfor x in g():\n    pass",
  "def g():\n    n = 0\n    while True:\n        n += 1\n        yield n\nsum(g())",
  "while True:\n    try:\n        pass\n    finally:\n        x = [1, 2, 3]",
  "try:\n    while True:\n        pass\nfinally:\n    n = 0\n    while n < 100000:\n        n += 1",
  "def f():\n    try:\n        while True:\n            yield\n    finally:\n        for i in range(1000):\n            pass\nfor _ in f():\n    pass",
  "sorted(range(5000), key=lambda x: sum([x] * 1000))",
  "l = [3, 1, 2] * 1000\nwhile True:\n    sorted(l, key=lambda x: x)",
  "any(x < 0 for x in iter(int, 1))",
  "list(map(lambda x: x, iter(int, 1)))",
  "class A:\n    def __eq__(self, o):\n        while True:\n            pass\n[A()].index(A())",
  "class A:\n    def __repr__(self):\n        while True:\n            pass\nrepr([A()])",
  "import time\nwhile True:\n    time.sleep_ms(1)",
  "def g():\n    import time\n    while True:\n        time.sleep(0.01)\n        yield\nlist(g())",
  "d = {}\ni = 0\nwhile True:\n    d[i % 1000] = str(i)\n    i += 1",
  "s = 'x' * 100000\nwhile True:\n    'y' in s",
  "def f(n):\n    return f(n + 1) if n < 100 else f(0)\nwhile True:\n    try:\n        f(0)\n    except RuntimeError:\n        pass",
  "while True:\n    try:\n        raise ValueError\n    except ValueError:\n        pass",
];

// Programs whose loops are entirely inside builtins (no Python code runs per item).
const NATIVE = ['import re\nre.match("(a*)*b", "a" * 40)', "sum(range(10 ** 9))", "max(range(10 ** 9))", "any(0 for _ in range(10 ** 9))", "list(zip(range(10 ** 9), range(10 ** 9)))", "x = 0\nfor i in range(10 ** 9):\n    x = i"];

// Runs src with an interrupt delivered at the after-th call of the host hook named (onNow: a clock
// read, also inside builtins; onYield: the VM has yielded to the event loop, as on a real host).
function interruptAt(hook: "onNow" | "onYield", after: number, src: string) {
  const vm = interp(256 * 1024);
  vm[hook] = function () {
    if (--after === 0) vm.vm.interrupt();
  };
  const res = vm.run(src, 20000);
  vm[hook] = null;
  return { vm, res };
}

describe("interrupt at random instants", () => {
  it(`${COUNT} runs, each interrupted after a random number of clock reads (seed ${SEED})`, () => {
    const r = prng(SEED);
    const vm = interp(256 * 1024);
    let delivered = 0;
    for (let k = 0; k < COUNT; k++) {
      const src = LOOPS[pick(r, LOOPS.length)];
      let reads = 1 + pick(r, 40);
      vm.onNow = function () {
        if (--reads === 0) {
          delivered++;
          vm.vm.interrupt();
        }
      };
      const res = vm.run(src, 20000);
      vm.onNow = null;
      expect(res.interrupted, `${k}: ${src}`).toBe(false);
      expect(res.err, `${k}: ${src}\n${res.stderr}`).toBe("KeyboardInterrupt");
      expect(res.stderr).toMatch(/KeyboardInterrupt: \n$/);
      expect(vm.run("print('next', " + k + ")\nglobals().clear()\n__name__ = '__main__'").out).toBe("next " + k + "\n");
    }
    console.log(`interrupt: ${delivered} interrupts delivered over ${COUNT} runs`);
    expect(delivered).toBe(COUNT);
  });

  it.each(NATIVE)("a loop inside a builtin: %s", (src) => {
    const { vm, res } = interruptAt("onNow", 3, src);
    expect(res.interrupted).toBe(false);
    expect(res.err).toBe("KeyboardInterrupt");
    expect(vm.run("print('next')").out).toBe("next\n");
  });

  it("lands in the program's own handlers: except KeyboardInterrupt, finally", () => {
    const vm = interp();
    let reads = 5;
    vm.onNow = function () {
      if (--reads === 0) vm.vm.interrupt();
    };
    const res = vm.run("try:\n    try:\n        while True:\n            pass\n    finally:\n        print('finally')\nexcept KeyboardInterrupt:\n    print('caught')\nprint('after')");
    vm.onNow = null;
    expect(res.err).toBe(null);
    expect(res.out).toBe("finally\ncaught\nafter\n");
  });

  // One instruction that scans 100 KB must not count as one instruction towards the next clock
  // read: the host (and its Ctrl-C) would wait for thousands of such scans. Counted in loop
  // iterations per clock read, not in time: each scan is charged enough to end the slice.
  it.each([
    ["s = 'x' * 100000", "'y' in s"],
    ["s = 'x' * 100000", "s.find('y')"],
    ["b = b'x' * 100000", "b.find(b'y')"],
    ["b = b'x' * 100000", "b'y' in b"],
    ["l = [0] * 100000", "1 in l"],
    ["l = [0] * 100000", "l.count(1)"],
    ["s = 'x' * 100000", "s + 'y'"],
  ])("a builtin working through long data reads the clock at once: %s; %s", (setup, step) => {
    const vm = interp(1024 * 1024);
    let reads = 0;
    vm.onNow = function () {
      if (++reads === 20) vm.vm.interrupt();
    };
    const res = vm.run(`${setup}\nn = 0\ntry:\n    while True:\n        ${step}\n        n += 1\nexcept KeyboardInterrupt:\n    print(n)`, 60000);
    vm.onNow = null;
    expect(res.err).toBe(null);
    // at most a few scans per clock read (before: about 400, a slice of 2,048 instructions)
    expect(Number(res.out)).toBeLessThanOrEqual(3 * 20);
  });
});

// A host with an event loop (the CLI's SIGINT, Espruino's console) can only interrupt between
// slices, when the VM has yielded. A builtin consuming an iterator that may never end (each step
// runs a function or another iterator) must therefore run its loop as Python, which yields; its
// own loop would hold the host forever.
const UNBOUNDED = [
  "any(iter(int, 1))",
  "sum(map(int, iter(int, 1)))",
  "min(enumerate(iter(int, 1)))",
  "all(zip(iter(int, 2), iter(int, 2)))",
  "max(map(abs, iter(int, 1)), default=0)",
  "class S:\n    def __getitem__(self, i):\n        return 0\nany(iter(S()))",
  // filter's own loop, rejecting item after item, ends its step now and then without an item
  "for x in filter(None, iter(int, 1)):\n    pass",
  "any(filter(None, iter(int, 1)))",
  "def g():\n    while True:\n        yield 0\nfor x in filter(None, g()):\n    pass",
];

describe("interrupt from the host's event loop", () => {
  it.each(UNBOUNDED)("a builtin consuming an endless iterator yields to it: %s", (src) => {
    const { vm, res } = interruptAt("onYield", 2, src);
    expect(res.interrupted).toBe(false);
    expect(res.err).toBe("KeyboardInterrupt");
    expect(vm.run("print(sum(map(int, '123')), any(iter(int, 0)), max(enumerate('ab')))").out).toBe("6 False (1, 'b')\n");
  });

  // the Python methods that instructions call on a user instance run as frames of the program's
  // loop (vm.ts userFn), which yields: a driver's property that polls forever, and the like
  it.each([
    "class A:\n    @property\n    def v(self):\n        while True:\n            pass\nA().v",
    "class A:\n    v = property(lambda self: 0)\n    @v.setter\n    def v(self, x):\n        while True:\n            pass\nA().v = 1",
    "class A:\n    def __call__(self, x):\n        while True:\n            pass\nprint(A()(1))",
    "class A:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        while True:\n            pass\nfor x in A():\n    pass",
    "class A:\n    def __getitem__(self, k):\n        while True:\n            pass\nx = [A()[0]]",
    "class A:\n    def __setitem__(self, k, v):\n        while True:\n            pass\nA()[0] = 1",
    "class A:\n    def __add__(self, o):\n        while True:\n            pass\nprint(A() + 1)",
    "class A:\n    def __iadd__(self, o):\n        while True:\n            pass\na = A()\na += 1",
    "class A:\n    def __eq__(self, o):\n        while True:\n            pass\nprint(A() == 1)",
    "class A:\n    def __neg__(self):\n        while True:\n            pass\nprint(-A())",
    "class A:\n    def __lt__(self, o):\n        while True:\n            pass\nwhile A() < 1:\n    pass",
    "class A:\n    def __enter__(self):\n        while True:\n            pass\n    def __exit__(self, *a):\n        pass\nwith A():\n    pass",
    "class A:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        while True:\n            pass\nwith A():\n    pass",
    // exec and eval run their code as a frame of the caller's loop (vm.enterCode): a program run
    // with exec(open(f).read())
    'exec("n = 0\\nwhile True:\\n    n += 1")',
    'def main():\n    exec(compile("while True:\\n    pass", "app.py", "exec"), {})\nmain()',
    'print(eval("[x for x in iter(int, 1) if x]"))',
  ])("a user class's method an instruction calls, or exec: %s", (src) => {
    const { vm, res } = interruptAt("onYield", 2, src);
    expect(res.interrupted).toBe(false);
    expect(res.err).toBe("KeyboardInterrupt");
    expect(vm.run("print('next')").out).toBe("next\n");
  });

  // a callback of micropython.schedule (machine's timers and pin edges reach Python so) runs as a
  // frame of the program's loop (vm.enterScheduled): one that loops yields, and the KeyboardInterrupt
  // goes on into the program it interrupted
  it.each([
    ["a function", "def cb(x):\n    while True:\n        pass\n", "cb"],
    ["a bound method", "class A:\n    def cb(self, x):\n        while True:\n            pass\n", "A().cb"],
  ])("a scheduled callback that loops, %s", (what, defs, cb) => {
    const { vm, res } = interruptAt("onYield", 2, "import micropython\n" + defs + "micropython.schedule(" + cb + ", 0)\nwhile True:\n    pass\n");
    expect(res.interrupted).toBe(false);
    expect(res.err).toBe("KeyboardInterrupt");
    expect(res.stderr).toMatch(/in <module>\n.*in cb\nKeyboardInterrupt: \n$/);
    // the scheduler is free again
    expect(vm.run("import micropython\nmicropython.schedule(print, 'ran')\nx = [0 for i in range(10)]").out).toBe("ran\n");
  });

  // a board's `import app`, app.py being the program's main loop: the module's code runs in the
  // program's own loop (vm.runModule), so it yields, sleeps and is interrupted as a script is
  it.each([
    ["a loop", "while True:\n    pass\n"],
    ["a loop that sleeps", "import time\nwhile True:\n    time.sleep_ms(5)\n"],
    ["a loop in a module it imports", "import inner\n"],
  ])("a module whose code runs %s, imported from a function", (what, app) => {
    const { storage } = memStorage();
    storage.write("/app.py", app);
    storage.write("/inner.py", "n = 0\nwhile True:\n    n += 1\n");
    const vm = interp(256 * 1024, false, storage);
    let yields = 0;
    vm.onYield = function () {
      if (++yields === 3) vm.vm.interrupt();
    };
    const res = vm.run("def main():\n    import app\nmain()", 20000);
    vm.onYield = null;
    expect(res.interrupted).toBe(false);
    expect(res.err).toBe("KeyboardInterrupt");
    expect(res.stderr).toMatch(/File "app.py", line \d+, in <module>\n(.*\n)*KeyboardInterrupt: \n$/);
    // neither module stays imported half-run
    expect(vm.run("import sys\nprint('app' in sys.modules, 'inner' in sys.modules)").out).toBe("False False\n");
  });
});

describe("interrupt on a bare host (no event loop)", () => {
  // exec runs to completion before it returns; the host interrupts from its now() or write()
  function bare() {
    let out = "";
    let reads = -1;
    const vm = create({
      write: (s) => (out += s),
      writeErr: () => {},
      now: () => {
        if (reads > 0 && --reads === 0) vm.interrupt();
        return Date.now();
      },
    });
    return {
      run(src: string, after: number) {
        out = "";
        reads = after;
        let err: string | null | undefined;
        vm.exec(src, (e) => (err = e));
        reads = -1;
        expect(heapCheck()).toBe(null);
        return { err, out };
      },
    };
  }

  it("stops a sleep inside a generator and inside a builtin's callback", () => {
    const b = bare();
    const t0 = Date.now();
    expect(b.run("import time\ndef g():\n    time.sleep(60)\n    yield 1\nprint(list(g()))", 5).err).toBe("KeyboardInterrupt");
    expect(b.run("import time\nprint(sorted([1, 2], key=lambda x: time.sleep_ms(60000)))", 5).err).toBe("KeyboardInterrupt");
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(b.run("print('next')", -1).out).toBe("next\n");
  });
});
