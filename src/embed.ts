// The embedding API every target wraps: create an interpreter on a host, run Python source on it.

import { heapInit, setStress, i32, R, blocksUsed, BLOCK, pushRoot, popRoots, rsp, setRsp } from "./gc/heap";
import { staticMaxLen } from "./core/qstr";
import { vmInit, vmReset, startModule, resume, setHeapHooks, sleepMs, setSliceEnd, requestInterrupt, requestPending, interruptPending, wakeForCallbacks } from "./core/vm";
import { compileSource } from "./core/code";
import { newDict, dictSet, dictGet } from "./core/map";
import { C, T, tv } from "./core/types";
import { Q } from "./core/qstrdefs";
import { THROWN, PySyntaxError, TYPES, newStr, newTuple, newException, scratchInit, isSubtype, typeOf } from "./core/obj";
import { qv, strOf, getattrOr, METHOD_FRAMES } from "./core/runtime";
import { qstrFromJs } from "./core/qstr";
import { initAll } from "./builtins/init";
import { setStdio, lookupBuiltinName, builtinTable } from "./builtins/modbuiltins";
import { eachAttr, eachEntry } from "./builtins/help";
import { moduleNames, defModule } from "./builtins/modules";
import { formatException, excLine } from "./builtins/objexc";
import { setPlatform, platformName } from "./builtins/modsys";
import { setScheduleKicker, runScheduled, schedulePending, resetKbdIntr, kbdIntrChar, unlockScheduler } from "./builtins/modmicropython";
import { machineTable, resetLive } from "./machine/modmachine";
import { Hal } from "./machine/hal";
import { setInputHooks, giveInput, endWait, unread, lineEdited } from "./builtins/stdin";
import { Storage, setStorage, syncFiles } from "./builtins/storage";
import { setMainModule } from "./builtins/importfile";

export { Storage };

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
  // The console begins to edit a line for input(), with echo, and gives it with Mpjs.lineEdited;
  // false: there is no such console (input() then takes lines of the input as they come).
  editLine?: () => boolean;
  // Milliseconds, monotonic enough for time.ticks_ms.
  now(): number;
  // The board's files (open, os, import); absent: no file system, as a board with none mounted.
  storage?: Storage;
  // Makes the board's peripherals for the machine module, at the first import of machine in each
  // interpreter: a program that does not import it has no HAL (on Espruino its functions are RAM).
  // Absent: machine raises OSError.
  hal?: () => Hal;
}

export interface Options {
  heapSize?: number; // bytes of the Python heap
  gcStress?: boolean; // collect at every allocation
  argv?: string[]; // sys.argv
  mainModule?: string; // the module that runs as __main__ when imported (micropython -m)
}

export interface Mpjs {
  // Runs source as __main__; done(null) or done(text of the uncaught exception), exactly once,
  // after the traceback (if any) has been written with host.writeErr. `file` names the source in
  // tracebacks ("<stdin>" when absent).
  // single: compiled as the REPL compiles a line (expression results printed and kept in _).
  exec(source: string, done: (err: string | null) => void, file?: string, single?: boolean): void;
  // Bytes of the Python heap in use (gc.mem_alloc()).
  heapInUse(): number;
  // Raises KeyboardInterrupt in the running program.
  interrupt(): void;
  // Input for sys.stdin (null: the input has ended), of which at most `held` characters are kept
  // unread (absent: no limit); wakes a program waiting for it. The rest only
  // where the REPL or select is (MPJS_REPL, MPJS_ASYNCIO).
  input?: (text: string | null, held?: number) => void;
  // The input the program has left unread (taken away).
  unread?: () => string;
  // The line the console edited for input() (host.editLine); key: the control key that ended it
  // instead of Enter (3 Ctrl-C, 4 Ctrl-D), or 0.
  lineEdited?: (line: string, key: number) => void;
  // The character that interrupts the program (micropython.kbd_intr; -1: none).
  interruptChar?: () => number;
}

export const VERSION = "0.1.0";

// how long the outermost loop runs before it lets the host's event loop turn
const SLICE_MS = 50;

// machine in the interpreters of this bundle: registered by the first one (builtin modules outlive
// an interpreter), its table and the HAL made at the first import (a program that never imports
// machine has neither; in the Espruino bundles not even machine's code, tools/lazy-folder.mjs).
let machineHost: Host | null = null;
// whether an interpreter has imported machine; whether the current one has its HAL
let machineMade = false;
let halMade = false;

function machineModule(): number[] {
  machineMade = true;
  if (!halMade) resetLive(machineHost && machineHost.hal ? machineHost.hal() : null);
  halMade = true;
  return machineTable();
}

function useMachine(host: Host): void {
  // the last interpreter's timers, pin watches and UARTs stop with it
  if (machineMade) resetLive(null);
  if (machineHost === null) defModule(Q.machine, machineModule);
  machineHost = host;
  halMade = false;
}

function rawType(t: number): boolean {
  if (!(t & 4)) return false;
  const info = TYPES[t >> 3];
  return !!(info && info.raw);
}

// interpreters created: the VM and heap are the last one's
let made = 0;

export function create(host: Host, opts?: Options): Mpjs {
  const o = opts || {};
  const me = MPJS_MACHINE ? ++made : 0;
  const heapSize = o.heapSize || 64 * 1024;
  const frameWords = Math.max(2048, heapSize >> 4);
  // A recursion through builtins (__eq__ calling ==, a sort key calling sorted) pushes roots at
  // every level: the root stack grows with the frame stack, so that the frames run out first
  // (RuntimeError) and not the roots (MemoryError). Roots past the first 1024 words are extra.
  const rootWords = Math.max(1024, frameWords >> 2);
  heapInit(heapSize + (frameWords + rootWords - 1024) * 4, rootWords, frameWords);
  setHeapHooks(rawType);
  scratchInit(staticMaxLen);
  // the builtin types and natives are defined by the first interpreter only (init.ts)
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
  if (MPJS_FILES) {
    setStorage(host.storage || null);
    setMainModule(o.mainModule || null);
  }
  const g = newDict();
  i32[R.mainGlobals] = g;
  dictSet(g, qv(Q.__name__), qv(Q.__main__));
  setStress(!!o.gcStress);
  if (MPJS_MACHINE) useMachine(host);

  let running = false;
  // Scheduled callbacks (micropython.schedule, machine's timers and pin edges) run between VM
  // instructions while the VM runs; when it sleeps or no program runs (the REPL waits), a short
  // run of their own, on the event loop. Only machine's events come from outside the VM: without
  // machine, callbacks wait for the VM as before.
  let inVm = false;
  let kicked = false;
  // With METHOD_FRAMES they run as frames of a loop that slices them and that a Ctrl-C reaches: the
  // sleeping program's, woken early and sleeping on after them, or an empty program's. A program
  // given to exec meanwhile runs after it (queued).
  let idle = false;
  let queued: (() => void) | null = null;
  function idleDone(): void {
    idle = false;
    const q = queued;
    queued = null;
    if (q) q();
  }
  function runIdle(): void {
    kicked = false;
    // (not after a newer interpreter took the VM: a soft reset)
    if (inVm || me !== made || !schedulePending()) return;
    if (METHOD_FRAMES) {
      if (!running) {
        idle = true;
        requestPending(runScheduled);
        // (in "<builtins>": its frame is not in a callback's traceback)
        vmApi.exec("", idleDone, "<builtins>");
      } else if (wake !== null) {
        wakeForCallbacks(wakeAt, runScheduled);
        wakeUp();
      }
      return;
    }
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
  if (MPJS_MACHINE) setScheduleKicker(kick);
  // the wake-up of the sleep in progress: an interrupt, or input for select.poll, runs it early
  // (and its timer then does nothing)
  let wake: (() => void) | null = null;
  let wakeTimer: any = null;
  // when the sleep in progress ends (0 once woken early)
  let wakeAt = 0;
  function wakeUp(): void {
    if (wake === null || !host.schedule) return;
    wakeAt = 0;
    // a pending timer would keep a host such as Node alive after the program has ended
    if (host.cancel) host.cancel(wakeTimer);
    host.schedule(wake, 0);
  }
  if (MPJS_REPL || MPJS_ASYNCIO)
    setInputHooks(
      function () {
        if (host.startInput) host.startInput();
      },
      host.schedule ? wakeUp : null,
      function () {
        return !!host.editLine && host.editLine();
      },
    );

  // Files a program left open have their writes committed when it ends.
  function settle(): void {
    if (MPJS_FILES) {
      try {
        syncFiles();
      } catch (e) {
        // a commit that failed (a full storage) has nowhere to report
      }
    }
  }

  function report(e: number, done: (err: string | null) => void): void {
    let text: string;
    settle();
    try {
      // SystemExit ends the program without a traceback, as in MicroPython
      if (!isSubtype(typeOf(e), tv(T.SystemExit))) host.writeErr(formatException(e));
      text = excLine(e);
    } catch (e2) {
      text = "MemoryError";
      host.writeErr(text + "\n");
    }
    running = false;
    done(text);
  }

  function pump(done: (err: string | null) => void): void {
    wake = null;
    // made outside the loop: a closure made inside it would make TypeScript's ES5 output wrap the
    // loop body in a function of its own
    const w = function () {
      // (with machine, not after a newer interpreter took the VM: a soft reset while an idle
      // callback of this one slept)
      if (wake !== w || (MPJS_MACHINE && me !== made)) return;
      // a sleep lasts at least its length: Node's timer can fire a millisecond before Date.now()
      // says it is due (an interrupt in now() wakes the program: wakeUp has called w again)
      const end = wakeAt;
      const rest = end === 0 ? 0 : end - host.now();
      if (wakeAt !== end) return;
      if (rest > 0) wakeTimer = host.schedule!(w, rest);
      else pump(done);
    };
    for (;;) {
      if (MPJS_REPL || MPJS_ASYNCIO) endWait();
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
        settle();
        running = false;
        done(null);
        return;
      }
      const ms = sleepMs;
      if (host.schedule) {
        // (before wake is set: now() may interrupt, which wakes the program)
        wakeAt = host.now() + ms;
        wake = w;
        wakeTimer = host.schedule(w, ms);
        return;
      }
      if (ms > 0) {
        const until = host.now() + ms;
        // busy-wait (a bare engine has no timers) until then or an interrupt, which the VM
        // raises as it resumes
        while (host.now() < until && !interruptPending) {}
      }
    }
  }

  const vmApi: Mpjs = {
    exec: function (source: string, done: (err: string | null) => void, file?: string, single?: boolean) {
      if (running) {
        if (METHOD_FRAMES && idle) queued = function () {
          vmApi.exec(source, done, file, single);
        };
        else done("RuntimeError: busy");
        return;
      }
      running = true;
      vmReset();
      if (MPJS_MACHINE) unlockScheduler();
      if (MPJS_REPL) resetKbdIntr();
      let code: number;
      try {
        code = compileSource(source, file || "<stdin>", !!single);
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
          host.writeErr(excLine(exc, true) + "\n");
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
      wakeUp();
    },
  };
  if (MPJS_REPL || MPJS_ASYNCIO) {
    vmApi.input = giveInput;
    vmApi.unread = unread;
    vmApi.lineEdited = lineEdited;
  }
  if (MPJS_REPL)
    vmApi.interruptChar = function () {
      return kbdIntrChar;
    };
  return vmApi;
}

// str, bytes, floats, big ints and raw buffers hold no references
function markRawTypes(): void {
  const raws = [T.str, T.bytes, T.float, T.int, T.rawbuf];
  for (let k = 0; k < raws.length; k++) if (TYPES[raws[k]]) TYPES[raws[k]].raw = true;
}


// Tab completion in the interpreter created last, for the line up to the cursor ending in
// `a.b.pre`: the names of the object `a.b` (main's globals and the builtins when there is no dot)
// that start with `pre` (those that start with "_" only when `pre` is not empty); after "import ",
// the builtin modules; "import " itself for a first word that nothing else completes (py/repl.c).
// A lookup that fails or raises completes nothing.
export function complete(line: string): string[] {
  const word = (/[\w.]*$/.exec(line) as string[])[0];
  const parts = word.split(".");
  const pre = parts.pop() as string;
  const out: string[] = [];
  const add = function (k: number | string) {
    const name = typeof k === "string" ? k : strOf(k);
    if (name.indexOf(pre) === 0 && (pre !== "" || name.charAt(0) !== "_") && out.indexOf(name) < 0) out.push(name);
  };
  if (/^import /.test(line)) {
    moduleNames().forEach(add);
    return out;
  }
  if (word === line && word !== "" && "import ".indexOf(word) === 0) out.push("import ");
  const base = rsp;
  try {
    let o = 0;
    for (let k = 0; k < parts.length; k++) {
      const q = qv(qstrFromJs(parts[k]));
      o = k === 0 ? dictGet(i32[R.mainGlobals], q) || lookupBuiltinName(q) : getattrOr(o, q, 0);
      if (o === 0) return out;
      pushRoot(o);
    }
    if (o !== 0) eachAttr(o, true, add);
    else {
      eachEntry(i32[R.mainGlobals], add);
      const b = builtinTable();
      for (let k = 0; k < b.length; k += 2) add(b[k]);
    }
  } catch (e) {
    // a lookup that raises (a property, __getattr__) completes nothing
  } finally {
    setRsp(base);
  }
  if (out.length > 1 && out[0] === "import ") out.shift();
  return out.sort();
}
