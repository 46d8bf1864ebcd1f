// micropython: access to the interpreter's internals (const, opt_level, memory and stack figures,
// the heap lock, Ctrl-C character, schedule).

import { i32, blocksUsed, BLOCK, heapBytes, fsBase, fsEnd, pushRoot, popRoots, R } from "../gc/heap";
import { C, T, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, mkInt, newList, listAppend, listLen, listItems, raise } from "../core/obj";
import { qv, call1, isCallable } from "../core/runtime";
import { fw } from "../core/vm";
import { optLevel, setOptLevel } from "../core/compile";
import { FR } from "../core/bytecode";
import { qstrCount, qstrStr } from "../core/qstr";
import { dictGet, dictSet, dictDelete } from "../core/map";
import { defModule, sysModules, moduleDict, importByName, nativeTable } from "./modules";
import { writeOut } from "./modbuiltins";
import { toInt, retNone } from "./modutil";

// micropython.kbd_intr(): the character that raises KeyboardInterrupt (-1: none); read by targets
export let kbdIntrChar = 3;
// Ctrl-C again: each program the REPL runs starts with it, as pyexec sets it on MicroPython
export function resetKbdIntr(): void {
  kbdIntrChar = 3;
}
// heap_lock() depth: allocation while it is non-zero raises MemoryError (a hook in gc/heap.ts)
export let heapLockDepth = 0;
let setLock: (n: number) => void = function () {};
export function setHeapLockHook(f: (n: number) => void): void {
  setLock = f;
}

// A soft reset or the end of a program: the heap unlocked, nothing scheduled.
export function resetMicropython(): void {
  heapLockDepth = 0;
  setLock(0);
  running = false;
}

// ---- schedule: a queue of (function, argument) in the micropython module's dict, run by the VM
// at its next check point (the waker asks for that) and while time.sleep busy-waits ----
const SCHED_DEPTH = 4;
let waker: () => void = function () {};
export function setScheduleWaker(f: () => void): void {
  waker = f;
}
let running = false;

function schedList(make: boolean): number {
  // without make, nothing allocates (sys.modules may not exist yet, and the heap may be full)
  const m = make ? importByName(Q.micropython) : i32[R.modules] === 0 ? 0 : dictGet(i32[R.modules], qv(Q.micropython));
  if (m === 0) return 0;
  const g = moduleDict(m);
  let l = dictGet(g, qv(Q.$sched));
  if (l === 0 && make) {
    l = newList(0);
    pushRoot(l);
    dictSet(g, qv(Q.$sched), l);
    popRoots(1);
  }
  return l;
}

export function schedulePending(): boolean {
  if (running) return false;
  const l = schedList(false);
  return l !== 0 && listLen(l) > 0;
}

// Runs the scheduled callbacks queued so far (not those they schedule in turn).
export function runScheduled(): void {
  if (running) return;
  const l = schedList(false);
  if (l === 0 || listLen(l) === 0) return;
  const m = dictGet(sysModules(), qv(Q.micropython));
  dictDelete(moduleDict(m), qv(Q.$sched));
  pushRoot(l);
  running = true;
  try {
    const n = listLen(l);
    for (let k = 0; k < n; k += 2) {
      const it = listItems(l);
      call1(i32[it + k], i32[it + k + 1]);
    }
  } finally {
    running = false;
    popRoots(1);
  }
}

// Queues f(arg) (both rooted by the caller) to run at the VM's next check point; also the way
// machine's interrupt handlers (pin edges, timers) reach Python.
export function scheduleCall(f: number, arg: number): void {
  const l = schedList(true);
  if (listLen(l) >= 2 * SCHED_DEPTH) raise(tv(T.RuntimeError), "schedule queue full");
  listAppend(l, f);
  listAppend(l, arg);
  waker();
}

// The module's functions, made at its first import (nativeTable).
function micropythonNatives(): number[] {
  const SCHEDULE = defNative(Q.schedule, 2, 2, function (a) {
    if (!isCallable(i32[a])) raise(tv(T.TypeError), "function must be callable");
    scheduleCall(i32[a], i32[a + 1]);
    return C.None;
  });

  const CONST = defNative(Q.const, 1, 1, function (a) {
    return i32[a];
  });

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
    setLock(++heapLockDepth);
    return C.None;
  });
  const HEAP_UNLOCK = defNative(Q.heap_unlock, 0, 0, function () {
    if (heapLockDepth > 0) heapLockDepth--;
    setLock(heapLockDepth);
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

  return [CONST, OPT_LEVEL, MEM_INFO, QSTR_INFO, STACK_USE, HEAP_LOCK, HEAP_UNLOCK, HEAP_LOCKED, KBD_INTR, SCHEDULE, EMERGENCY_BUF];
}

export function initMicropython(): void {
  defModule(Q.micropython, nativeTable(micropythonNatives));
}
