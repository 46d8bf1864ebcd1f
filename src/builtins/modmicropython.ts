// micropython: access to the interpreter's internals (const, opt_level, memory and stack figures,
// the heap lock, Ctrl-C character, schedule).

import { i32, blocksUsed, BLOCK, heapBytes, fsBase, fsEnd, pushRoot, R, rsp, setRsp, setAllocLock } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, mkInt, newList, listAppend, listLen, listItems, raise, isInstance, THROWN } from "../core/obj";
import { call1, isCallable, METHOD_FRAMES } from "../core/runtime";
import { fw, enterScheduled, requestPending } from "../core/vm";
import { optLevel, setOptLevel } from "../core/code";
import { FR } from "../core/bytecode";
import { qstrCount, qstrStr } from "../core/qstr";
import { defNativeModule } from "./modules";
import { writeOut, writeErr } from "./modbuiltins";
import { formatException } from "./objexc";
import { toInt, retNone } from "./modutil";

// micropython.kbd_intr(): the character that raises KeyboardInterrupt (-1: none); read by targets
export let kbdIntrChar = 3;
// Ctrl-C again: each program the REPL runs starts with it, as pyexec sets it on MicroPython
export function resetKbdIntr(): void {
  kbdIntrChar = 3;
}
// heap_lock() depth: allocation while it is non-zero raises MemoryError (gc/heap.ts setAllocLock)
export let heapLockDepth = 0;

// A program starts (embed.ts exec, with machine): no callback is running any more, though one that
// a soft reset cut short (an idle callback asleep) left the scheduler locked.
export function unlockScheduler(): void {
  running = false;
}

// ---- schedule: a queue of (function, argument) run by the VM at its next check point (wake asks
// for that), while the VM sleeps or no program runs (embed.ts runIdle) and while time.sleep
// busy-waits ----
const SCHED_DEPTH = 4;
// with machine, whose events come while the VM does not run: the host's event loop runs them
let kicker: () => void;
export function setScheduleKicker(f: () => void): void {
  kicker = f;
}
function wake(): void {
  requestPending(runScheduled);
  if (MPJS_MACHINE) kicker();
}
let running = false;
let chained = false; // the running callback has scheduled one

// The queue is a list of (function, argument) pairs in a root of the heap (R.sched), which
// outlives programs; 0 until something is scheduled.
export function schedulePending(): boolean {
  const l = i32[R.sched];
  return !running && l !== 0 && listLen(l) > 0;
}

// Runs the first queued callback, as MicroPython runs one at each check: as a frame of the running
// loop when the VM asks at its check point (atCheck) and can (vm.enterScheduled), else here. The
// scheduler is `running` (MicroPython's is locked) until it ends (schedEnd).
export function runScheduled(atCheck?: boolean): void {
  const l = i32[R.sched];
  if (running || l === 0 || listLen(l) === 0) return;
  running = true;
  const it = listItems(l);
  const f = i32[it];
  const x = i32[it + 1];
  const base = rsp;
  pushRoot(f);
  pushRoot(x);
  // the queue (at most 2 * SCHED_DEPTH items) moves up by one callback: its length goes down by 2
  i32.set(i32.subarray(it + 2, it + listLen(l)), it);
  i32[(l >> 2) + 1] -= 4;
  try {
    if (METHOD_FRAMES && atCheck && enterScheduled(f, x, schedEnd)) return;
    call1(f, x);
    schedEnd(0);
  } catch (e) {
    if (e !== THROWN || !schedEnd(i32[R.excRaising])) throw e;
  } finally {
    setRsp(base);
  }
}

// A callback has returned (exc 0) or raised exc. An Exception is printed and the code it interrupted
// goes on (true), as MicroPython's protected call does; a KeyboardInterrupt or SystemExit goes on
// into that code (false).
function schedEnd(exc: number): boolean {
  running = false;
  // the next callback at the next check point (the queue exists: a callback came from it); when
  // this one scheduled it, once the interrupted code has run on a while, as MicroPython runs one
  // callback per check point (at once, a callback that schedules itself starved the program)
  if (listLen(i32[R.sched]) > 0) {
    requestPending(runScheduled, chained);
    if (MPJS_MACHINE) kicker();
  }
  chained = false;
  if (exc === 0) return true;
  if (exc !== C.MemErr && !isInstance(exc, TV.Exception)) return false;
  // (what formatting raises, a MemoryError, goes on into the interrupted code)
  writeErr(formatException(exc));
  return true;
}

// Queues f(arg) (both rooted by the caller) to run at the VM's next check point; also the way
// machine's interrupt handlers (pin edges, timers) reach Python.
export function scheduleCall(f: number, arg: number): void {
  let l = i32[R.sched];
  if (l === 0) i32[R.sched] = l = newList(0);
  if (listLen(l) >= 2 * SCHED_DEPTH) raise(tv(T.RuntimeError), "schedule queue full");
  listAppend(l, f);
  listAppend(l, arg);
  if (running) chained = true;
  wake();
}

// The module's functions, made at its first import (defNativeModule).
function micropythonNatives(): number[] {
  const SCHEDULE = defNative(Q.schedule, 2, 2, function (a) {
    if (!isCallable(i32[a])) raise(tv(T.TypeError), "function must be callable");
    scheduleCall(i32[a], i32[a + 1]);
    return C.None;
  });

  const identity = function (a: number) {
    return i32[a];
  };
  const CONST = defNative(Q.const, 1, 1, identity);
  // the decorators of MicroPython's native code emitters (its boards have them): the function is
  // kept, and runs as bytecode
  const NATIVE = defNative(Q.native, 1, 1, identity);
  const VIPER = defNative(Q.viper, 1, 1, identity);

  // the compiler's level (core/compile.ts): asserts are dropped from level 1 on
  const OPT_LEVEL = defNative(Q.opt_level, 0, 1, function (a, n) {
    if (n === 0) return mkInt(optLevel);
    setOptLevel(toInt(i32[a]));
    return C.None;
  });

  // bytes of the frame stack in use below the running frame
  function stackUse(): number {
    let f = fw;
    while (f !== 0 && (f < fsBase || f >= fsEnd)) f = i32[f + FR.back] >> 2;
    return f === 0 ? 0 : (f - fsBase + FR.SLOTS) * 4;
  }

  const STACK_USE = defNative(Q.stack_use, 0, 0, function () {
    return mkInt(stackUse());
  });

  const MEM_INFO = defNative(Q.mem_info, 0, 1, function () {
    const used = blocksUsed * BLOCK,
      total = heapBytes();
    writeOut("stack: " + stackUse() + " out of " + (fsEnd - fsBase) * 4 + "\nGC: total: " + total + ", used: " + used + ", free: " + (total - used) + "\n");
    return C.None;
  });

  const QSTR_INFO = defNative(Q.qstr_info, 0, 1, function () {
    const n = qstrCount();
    let bytes = 0;
    for (let q = Q.NSTATIC; q < n; q++) bytes += qstrStr(q).length + 1;
    const nq = n - Q.NSTATIC;
    writeOut("qstr pool: n_pool=" + (nq > 0 ? 1 : 0) + ", n_qstr=" + nq + ", n_str_data_bytes=" + bytes + ", n_total_bytes=" + (bytes + nq * 16) + "\n");
    return C.None;
  });

  const HEAP_LOCK = defNative(Q.heap_lock, 0, 0, function () {
    setAllocLock(++heapLockDepth);
    return C.None;
  });
  const HEAP_UNLOCK = defNative(Q.heap_unlock, 0, 0, function () {
    if (heapLockDepth > 0) heapLockDepth--;
    setAllocLock(heapLockDepth);
    return mkInt(heapLockDepth);
  });
  const HEAP_LOCKED = defNative(Q.heap_locked, 0, 0, function () {
    return mkInt(heapLockDepth);
  });

  const KBD_INTR = defNative(Q.kbd_intr, 1, 1, function (a) {
    kbdIntrChar = toInt(i32[a]);
    return C.None;
  });

  const EMERGENCY_BUF = defNative(Q.alloc_emergency_exception_buf, 1, 1, retNone);

  return [CONST, NATIVE, VIPER, OPT_LEVEL, MEM_INFO, QSTR_INFO, STACK_USE, HEAP_LOCK, HEAP_UNLOCK, HEAP_LOCKED, KBD_INTR, SCHEDULE, EMERGENCY_BUF];
}

export function initMicropython(): void {
  defNativeModule(Q.micropython, micropythonNatives);
}
