// The embedding API every target wraps: create an interpreter on a host, run Python source on it.

import { heapInit, setStress, i32, R, blocksUsed, BLOCK, collect, pushRoot, popRoots } from "./gc/heap";
import { qstrInit, staticMaxLen } from "./core/qstr";
import { vmInit, vmReset, startModule, resume, setHeapHooks, sleepMs, setSliceEnd, requestInterrupt, requestPending } from "./core/vm";
import { compileSource } from "./core/code";
import { PySyntaxError } from "./core/lexer";
import { newDict, dictSet } from "./core/map";
import { C, T, TV, tv } from "./core/types";
import { Q } from "./core/qstrdefs";
import { THROWN, TYPES, newStr, newTuple, newException, scratchInit } from "./core/obj";
import { qv } from "./core/runtime";
import { initAll } from "./builtins/init";
import { setStdio } from "./builtins/modbuiltins";
import { formatException, excLine } from "./builtins/objexc";
import { setPlatform, platformName } from "./builtins/modsys";
import { setScheduleWaker, runScheduled, schedulePending } from "./builtins/modmicropython";
import { initMachine } from "./machine/modmachine";
import { Hal } from "./machine/hal";
import { setInputHooks, giveInput, endWait } from "./builtins/stdin";

export interface Host {
  // Program output (sys.stdout), as text; the target buffers lines if its engine must.
  write(s: string): void;
  // Tracebacks and sys.stderr.
  writeErr(s: string): void;
  // Runs fn after ms milliseconds on the engine's event loop. Absent on bare engines (duk, jerry):
  // then exec runs to completion before it returns, and sleeps busy-wait on now().
  // It may return a handle for cancel, which drops a pending fn (a sleep that input ended early).
  schedule?: (fn: () => void, ms: number) => any;
  cancel?: (handle: any) => void;
  // Begins to send input for sys.stdin (Mpjs.input); called when the program first uses stdin.
  startInput?: () => void;
  // Milliseconds, monotonic enough for time.ticks_ms.
  now(): number;
  // The board's peripherals for the machine module (absent: machine raises OSError).
  hal?: Hal;
}

export interface Options {
  heapSize?: number; // bytes of the Python heap
  gcStress?: boolean; // collect at every allocation
  argv?: string[]; // sys.argv
}

export interface Mpjs {
  // Runs source as __main__; done(null) or done(text of the uncaught exception), exactly once,
  // after the traceback (if any) has been written with host.writeErr. `file` names the source in
  // tracebacks ("<stdin>" when absent).
  exec(source: string, done: (err: string | null) => void, file?: string): void;
  // Bytes of the Python heap in use (gc.mem_alloc()).
  heapInUse(): number;
  // Raises KeyboardInterrupt in the running program.
  interrupt(): void;
  // Input for sys.stdin (null: the input has ended); wakes a program waiting in select.poll.
  // Only where select is (MPJS_ASYNCIO).
  input?: (text: string | null) => void;
}

export const VERSION = "0.1.0";

// how long the outermost loop runs before it lets the host's event loop turn
const SLICE_MS = 50;

function rawType(t: number): boolean {
  if (!(t & 4)) return false;
  const info = TYPES[t >> 3];
  return !!(info && info.raw);
}

export function create(host: Host, opts?: Options): Mpjs {
  const o = opts || {};
  const heapSize = o.heapSize || 64 * 1024;
  const frameWords = Math.max(2048, heapSize >> 4);
  heapInit(heapSize + frameWords * 4, 1024, frameWords);
  setHeapHooks(rawType);
  qstrInit();
  scratchInit(staticMaxLen);
  initAll();
  markRawTypes();
  vmInit(host.now);
  setStdio(
    function (s) {
      host.write(s);
    },
    function (s) {
      host.writeErr(s);
    },
  );
  setPlatform(platformName, o.argv || []);
  const g = newDict();
  i32[R.mainGlobals] = g;
  dictSet(g, qv(Q.__name__), qv(Q.__main__));
  setStress(!!o.gcStress);
  if (MPJS_MACHINE) initMachine(host.hal || null);

  let running = false;
  // Scheduled callbacks (micropython.schedule, machine's timers and pin edges) run between VM
  // instructions while the VM runs; when it sleeps or no program runs (the REPL waits), a short
  // run of their own, on the event loop. Only machine's events come from outside the VM: without
  // machine, callbacks wait for the VM as before.
  let inVm = false;
  let kicked = false;
  function runIdle(): void {
    kicked = false;
    if (inVm || !schedulePending()) return;
    if (!running) vmReset();
    try {
      runScheduled();
    } catch (e) {
      if (e !== THROWN) throw e;
      try {
        host.writeErr(formatException(i32[R.excRaising]));
      } catch (e2) {
        host.writeErr("MemoryError\n");
      }
    }
    if (!running) vmReset();
  }
  function kick(): void {
    if (!inVm && !kicked && host.schedule) {
      kicked = true;
      host.schedule(runIdle, 0);
    }
  }
  // the VM stopped: what was scheduled meanwhile runs on the event loop
  function leave(): void {
    inVm = false;
    if (schedulePending()) kick();
  }
  if (MPJS_MACHINE) {
    setScheduleWaker(function () {
      requestPending(runScheduled);
      kick();
    });
  }
  // a sleeping program's pending resume: input for select.poll, or Ctrl-C, resumes it at once
  let sleeping: ((err: string | null) => void) | null = null;
  let sleepHandle: any = null;
  let sleepSeq = 0;
  function wakeUp(): void {
    if (sleeping === null || !host.schedule) return;
    const done = sleeping;
    sleeping = null;
    sleepSeq++;
    if (host.cancel) host.cancel(sleepHandle);
    host.schedule(function () {
      pump(done);
    }, 0);
  }
  if (MPJS_ASYNCIO)
    setInputHooks(function () {
      if (host.startInput) host.startInput();
    }, wakeUp);

  function report(e: number, done: (err: string | null) => void): void {
    let text: string;
    try {
      host.writeErr(formatException(e));
      text = excLine(e);
    } catch (e2) {
      text = "MemoryError";
      host.writeErr(text + "\n");
    }
    running = false;
    done(text);
  }

  // The host runs the program again after ms; with select, input for it resumes it sooner (the
  // wake hook above), and this resume is then ignored.
  function resumeLater(done: (err: string | null) => void, ms: number): void {
    const seq = ++sleepSeq;
    sleeping = done;
    sleepHandle = host.schedule!(function () {
      if (seq !== sleepSeq) return;
      sleeping = null;
      pump(done);
    }, ms);
  }

  function pump(done: (err: string | null) => void): void {
    for (;;) {
      if (MPJS_ASYNCIO) endWait();
      let finished: boolean;
      setSliceEnd(host.schedule ? host.now() + SLICE_MS : 0);
      if (MPJS_MACHINE) inVm = true;
      try {
        finished = resume();
      } catch (e) {
        if (MPJS_MACHINE) leave();
        if (e === THROWN) {
          report(i32[R.excRaising], done);
          return;
        }
        running = false;
        host.writeErr("internal error: " + (e && (e as any).message ? (e as any).message : String(e)) + "\n");
        done("internal error");
        return;
      }
      if (MPJS_MACHINE) leave();
      if (finished) {
        running = false;
        done(null);
        return;
      }
      const ms = sleepMs;
      if (host.schedule) {
        if (MPJS_ASYNCIO) resumeLater(done, ms);
        else
          host.schedule(function () {
            pump(done);
          }, ms);
        return;
      }
      if (ms > 0) {
        const until = host.now() + ms;
        while (host.now() < until) {
          // busy-wait: a bare engine has no timers
        }
      }
    }
  }

  const vmApi: Mpjs = {
    exec: function (source: string, done: (err: string | null) => void, file?: string) {
      if (running) {
        done("RuntimeError: busy");
        return;
      }
      running = true;
      vmReset();
      let code: number;
      try {
        code = compileSource(source, file || "<stdin>", false);
      } catch (e) {
        if (e instanceof PySyntaxError) {
          let exc: number;
          try {
            const s = newStr(e.msg);
            pushRoot(s);
            const args = newTuple(1);
            popRoots(1);
            i32[(args >> 2) + 2] = s;
            exc = newException(tv(e.indent ? T.IndentationError : T.SyntaxError), args);
          } catch (e2) {
            exc = C.MemErr;
          }
          host.writeErr('Traceback (most recent call last):\n  File "' + (file || "<stdin>") + '", line ' + e.line + "\n");
          host.writeErr(excLine(exc) + "\n");
          running = false;
          done(excLine(exc));
          return;
        }
        if (e === THROWN) {
          report(i32[R.excRaising], done);
          return;
        }
        running = false;
        host.writeErr("internal error: " + (e && (e as any).message) + "\n");
        done("internal error");
        return;
      }
      try {
        startModule(code, i32[R.mainGlobals]);
      } catch (e) {
        if (e === THROWN) {
          report(i32[R.excRaising], done);
          return;
        }
        throw e;
      }
      pump(done);
    },
    heapInUse: function () {
      return blocksUsed * BLOCK;
    },
    interrupt: function () {
      requestInterrupt();
      // KeyboardInterrupt ends a sleep at once (time.sleep, a poll, asyncio's loop)
      if (MPJS_ASYNCIO) wakeUp();
    },
  };
  if (MPJS_ASYNCIO) vmApi.input = giveInput;
  return vmApi;
}

// str, bytes, floats, big ints and raw buffers hold no references
function markRawTypes(): void {
  const raws = [T.str, T.bytes, T.float, T.int, T.rawbuf];
  for (let k = 0; k < raws.length; k++) if (TYPES[raws[k]]) TYPES[raws[k]].raw = true;
}

