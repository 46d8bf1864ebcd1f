// Heap exhaustion at every point: gc/heap.ts failAfter(n) makes the nth allocation (compiling
// included) fail as a full heap does. For each program below, run it once to count its
// allocations, then again with the failure at N = 1, 2, 3, ... (every N when the program makes at
// most MPJS_OOM_POINTS allocations, else that many points spread over the run, the first ones
// always included). Each run must end normally or in MemoryError (or in the program's own
// handling of it: a handler that prints and goes on), never in an internal error; heapCheck must
// pass; and the interpreter must run the next program right.
//
// MPJS_OOM_POINTS (default 120) per program; MPJS_OOM_ALL=1 takes every corpus program instead
// of the list below (long: run on demand).
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listPrograms, CORPUS } from "../lib/corpus.mjs";
import { failAfter, allocCount, heapCheck } from "../../src/gc/heap";
import { interp, prng, pick } from "./harness";

const POINTS = Number(process.env.MPJS_OOM_POINTS || 120);

const CHOSEN = [
  "basics/print_hello.py",
  "misc/",
  "gen/",
  "exc/",
  "class/",
  "comp/",
  "with/",
  "str/",
  "func/",
  "scope/",
  "types/",
  "async/",
  "stmt/",
  "expr/",
];

function chosen(): string[] {
  const all = listPrograms() as string[];
  if (process.env.MPJS_OOM_ALL) return all;
  const out: string[] = [];
  for (const c of CHOSEN) {
    // a few programs from each area (spread by a fixed step so the choice is stable)
    const inArea = all.filter((p) => p.startsWith(c));
    for (let k = 0; k < inArea.length && k < 15; k += 5) out.push(inArea[k]);
  }
  return out;
}

function points(total: number, r: () => number): number[] {
  if (total <= POINTS) {
    const all: number[] = [];
    for (let n = 1; n <= total; n++) all.push(n);
    return all;
  }
  const out: number[] = [];
  for (let n = 1; n <= 20; n++) out.push(n);
  while (out.length < POINTS) out.push(21 + pick(r, total - 20));
  return out;
}

describe("heap exhaustion at every allocation", () => {
  const progs = chosen();
  let injected = 0;

  it.each(progs)("%s", (path) => {
    const src = readFileSync(join(CORPUS, path), "utf8");
    const vm = interp(256 * 1024);
    failAfter(0);
    const clean = vm.run(src, 10000);
    const total = allocCount;
    expect(total).toBeGreaterThan(0);
    const r = prng(total);
    const endings: Record<string, number> = {};
    for (const n of points(total, r)) {
      failAfter(n);
      let res;
      try {
        res = vm.run(src, 10000);
      } finally {
        failAfter(0);
      }
      injected++;
      const how = res.err === null ? "ok" : res.err;
      endings[how] = (endings[how] || 0) + 1;
      // MemoryError, or the program caught it; a program's own handler may end in another error
      // only when the program ended that way without the failure too
      if (res.err !== null && res.err !== "MemoryError" && res.err !== clean.err) {
        expect(res.stderr, `${path}: failure at allocation ${n}/${total}`).toMatch(/MemoryError/);
      }
      const after = vm.run("print('after', " + n + ")");
      expect(after.out, `${path}: after the failure at allocation ${n}/${total}: ${after.stderr}`).toBe("after " + n + "\n");
      expect(heapCheck()).toBe(null);
    }
    // the program still runs as it did before any failure
    const again = vm.run(src, 10000);
    expect(again.out).toBe(clean.out);
    expect(again.err).toBe(clean.err);
  });

  it("counts", () => {
    console.log(`oom: ${progs.length} programs, ${injected} allocation failures injected`);
    expect(injected).toBeGreaterThan(progs.length);
  });
});

describe("a full heap", () => {
  it("MemoryError is raised without allocating, and caught with the heap still full", () => {
    const vm = interp(64 * 1024);
    const res = vm.run(
      "x = []\ntry:\n    while True:\n        x.append([0] * 8)\nexcept MemoryError as e:\n    m = e\n    ok = type(e) is MemoryError\nx = None\nprint(ok, isinstance(m, Exception), m.args)\n",
    );
    expect(res.err).toBe(null);
    expect(res.out).toBe("True True ()\n");
  });

  it("an exception raised while the heap is locked is a MemoryError, and the program goes on", () => {
    const vm = interp(64 * 1024);
    const res = vm.run(
      "import micropython\nmicropython.alloc_emergency_exception_buf(100)\nt = e = None\nmicropython.heap_lock()\ntry:\n    raise ValueError('no room')\nexcept Exception as e:\n    t = type(e)\nmicropython.heap_unlock()\nprint(t.__name__)\ntry:\n    micropython.heap_lock()\n    [1, 2]\nexcept MemoryError:\n    micropython.heap_unlock()\n    print('MemoryError')\n",
    );
    expect(res.err).toBe(null);
    expect(res.out).toMatch(/^(MemoryError|ValueError)\nMemoryError\n$/);
  });

  it("failAfter fails exactly the nth allocation", () => {
    const vm = interp(64 * 1024);
    failAfter(0);
    vm.run("x = [1]\ny = [2]\n");
    // the second run makes the same allocations as every later one (the first interns its names)
    failAfter(0);
    vm.run("x = [1]\ny = [2]\n");
    const total = allocCount;
    failAfter(total);
    const last = vm.run("x = [1]\ny = [2]\n");
    failAfter(0);
    expect(last.err).toBe("MemoryError");
    failAfter(total + 1);
    const none = vm.run("x = [1]\ny = [2]\n");
    failAfter(0);
    expect(none.err).toBe(null);
  });
});
