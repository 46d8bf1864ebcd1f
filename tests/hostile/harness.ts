// What the hostile-input tests share: a seeded PRNG, an interpreter driven synchronously through
// the embedding API (src/embed.ts) with a time budget enforced by interrupt(), and the invariants
// every run must keep (done called once, never "internal error", heapCheck passes).
import { create, Mpjs, Host, Storage } from "../../src/embed";
import { heapCheck } from "../../src/gc/heap";

// mulberry32: small, fast, and the same sequence on every machine for a given seed
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return function () {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// An integer in [0, n) from a PRNG.
export function pick(r: () => number, n: number): number {
  return Math.floor(r() * n);
}

export interface Run {
  err: string | null; // what done received
  out: string;
  stderr: string;
  interrupted: boolean; // the time budget ran out and interrupt() was called
  ms: number;
}

// Output beyond this is dropped (a mutated program may print in a loop).
const OUT_CAP = 100000;
// After interrupt(), the program must end within this many milliseconds.
const INTERRUPT_GRACE_MS = 5000;

export interface Interp {
  vm: Mpjs;
  // Runs src to completion (or until budgetMs, then interrupts it); throws when an invariant breaks.
  run(src: string, budgetMs?: number): Run;
  // Called at each host.now() (the VM calls it at every slice check, nested loops included).
  onNow: (() => void) | null;
  // Called each time the VM yields to the host's event loop: where a Ctrl-C from the console or
  // SIGINT reaches a real host, which cannot call interrupt() while JS code runs.
  onYield: (() => void) | null;
}

// An interpreter whose host has an event loop (schedule) that this module drives synchronously:
// slices run back to back and sleeps take no time, so a run is as fast as the code it runs.
// storage: the board's files (none when absent).
export function interp(heapSize = 256 * 1024, gcStress = false, storage?: Storage): Interp {
  let out = "";
  let stderr = "";
  const queue: (() => void)[] = [];
  let deadline = 0;
  let interrupted = false;
  const it: Interp = { vm: null as unknown as Mpjs, run, onNow: null, onYield: null };
  function budgetCheck(): void {
    if (deadline !== 0 && !interrupted && Date.now() > deadline) {
      interrupted = true;
      it.vm.interrupt();
    }
  }
  const host: Host = {
    write: (s) => {
      if (out.length < OUT_CAP) out += s;
    },
    writeErr: (s) => {
      if (stderr.length < OUT_CAP) stderr += s;
    },
    now: () => {
      budgetCheck();
      if (it.onNow) it.onNow();
      return Date.now();
    },
    schedule: (fn) => {
      queue.push(fn);
      return fn;
    },
    cancel: (fn) => {
      const k = queue.indexOf(fn);
      if (k >= 0) queue.splice(k, 1);
    },
    storage,
  };
  it.vm = create(host, { heapSize, gcStress });
  function run(src: string, budgetMs = 2000): Run {
    out = "";
    stderr = "";
    queue.length = 0;
    interrupted = false;
    const t0 = Date.now();
    deadline = t0 + budgetMs;
    let calls = 0;
    let err: string | null = null;
    it.vm.exec(src, (e) => {
      calls++;
      err = e;
    });
    while (calls === 0) {
      // the event loop turns: a console event may come before the continuation
      if (it.onYield) it.onYield();
      const fn = queue.shift();
      if (!fn) throw new Error("exec neither finished nor scheduled a continuation");
      budgetCheck();
      if (interrupted && Date.now() > deadline + INTERRUPT_GRACE_MS) throw new Error("the program did not stop after interrupt()");
      fn();
    }
    deadline = 0;
    const r: Run = { err, out, stderr, interrupted, ms: Date.now() - t0 };
    if (calls !== 1) throw new Error("done called " + calls + " times");
    if (queue.length !== 0) throw new Error("a continuation was scheduled after done");
    if (err !== null && /internal error/.test(err + stderr)) throw new Error("internal error: " + err + "\n" + stderr);
    const h = heapCheck();
    if (h !== null) throw new Error("heapCheck: " + h);
    return r;
  }
  return it;
}

// Short text of a program for failure messages.
export function clip(src: string, n = 300): string {
  return JSON.stringify(src.length > n ? src.slice(0, n) + "..." : src);
}
