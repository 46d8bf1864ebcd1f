// The virtual machine: a stackless interpreter of the bytecode in bytecode.ts.
//
// A Python call pushes a frame (on the frame stack of the heap, or in a heap object for a
// generator) and the same JS loop goes on running it: no JS recursion per Python call. The loop
// runs in slices: it returns when the entry frame finishes, when a slice of work is done, or when
// the program sleeps, so the host's event loop keeps turning. Natives that call back into Python
// (sorted with a key, __eq__ from a dict) run a nested loop until that call returns.
//
// Dispatch is a table of functions indexed by opcode, one small function per instruction: on
// Espruino a long switch is ten times slower than a table (ENGINES.md).

import { i32, u8, alloc, pushRoot, popRoots, R, fsBase, fsEnd, markRange, markValue, setHooks, rsp, rsBase, setRsp } from "../gc/heap";
import { Op, CO, FR, CF, Blk, Why, RetMode, BinOp, CmpOp, UnOp } from "./bytecode";
import { C, T, TV, tv, FN, EXC, STR_HDR } from "./types";
import { qstrStr } from "./qstr";
import { typeOf, raise, raiseObj, valueError, newTuple, newList, listAppend, listLen, listItems, newStr, typeError, isSubtype, THROWN, TYPES } from "./obj";
import { newDict, dictGet, dictSet, dictDelete, dictEntry, entryPos } from "./map";
import { QV, objError, initResult, call, getattr, getattrOr, setattr, attrError, METHOD_FRAMES, frameFn, getitem, setitem, binaryOp, opFn, opResult, unaryOp, compareOp, truthy, getIter, iterNext, lookupType, allocInstance, isUserClass, jsStr, lookupUser } from "./runtime";

// ---- registers of the running frame ----
export let fw = 0; // frame (word index)
let ip = 0; // next instruction (byte address)
let sp = 0; // top of the value stack (word index)
let bp = 0; // top of the block stack (word index of the next free entry)
let cw = 0; // word index of consts[0]
let nw = 0; // word index of names[0]
let gd = 0; // globals dict
let cb = 0; // byte address of the running code's first instruction: jump targets are offsets from it
let bb = 0; // word index of the running frame's block stack (its first entry)
let fsTop = 0; // frame stack: next free word

let ticks = 0;
let stop = 0;
const enum Stop {
  EXIT = 1,
  SLICE = 2,
  SLEEP = 3,
}
let retVal = 0;
let genReturned = false;
let nest = 0; // depth of nested loops
export let interruptPending = false;
export let sliceEnd = 0; // host time at which the outermost loop yields (0: never)
export let sleepMs = 0;
export let now: () => number = function () {
  return 0;
};

export function vmInit(clock: () => number): void {
  now = clock;
  vmReset();
}

// Between programs: no frame, no pending interrupt, an empty root stack.
export function vmReset(): void {
  setRsp(rsBase);
  fw = 0;
  fsTop = fsBase;
  ticks = 0;
  stop = 0;
  nest = 0;
  sleepRest = 0;
  interruptPending = false;
  // the last program's exceptions go (they held their tracebacks and arguments alive)
  i32[R.curExc] = 0;
  i32[R.excRaising] = 0;
}

// run at the loop's next check point, with atCheck true (micropython's runScheduled); later: at
// the end of the time slice, so that the code in between goes on (modmicropython.ts schedEnd),
// unless that code is a program asleep (woken for callbacks: it goes on when its sleep ends)
let pendingRun: ((atCheck: boolean) => void) | null = null;
export function requestPending(f: (atCheck: boolean) => void, later?: boolean): void {
  pendingRun = f;
  if (!later || sleepRest !== 0) ticks = 1;
}

export function requestInterrupt(): void {
  interruptPending = true;
  ticks = 1;
}
// Work a native does in proportion to its data (searching or building a long str, scanning a long
// list), charged as instructions, one per 8 bytes or items: the VM reads the clock every SLICE
// instructions, and one instruction that scans 100 KB would otherwise hold off the host (and its
// Ctrl-C) for a SLICE of such scans. (A negative count, from an empty range, reads the clock
// early, which is harmless.)
export function spend(work: number): void {
  ticks -= work >>> 3;
  if (ticks < 1) ticks = 1;
}

// Raises a pending interrupt; called by natives that loop long without running Python code.
export function pollInterrupt(): void {
  if (sliceEnd !== 0) now();
  if (interruptPending) {
    interruptPending = false;
    raise(tv(T.KeyboardInterrupt));
  }
}
export function setSliceEnd(t: number): void {
  sliceEnd = t;
}

// ---- callbacks of micropython.schedule as frames ----
// A scheduled callback (a machine timer's, a pin edge's) that is a Python function runs as a frame
// of the outermost loop, entered at its check point between two instructions: one that loops is
// sliced and interrupted like the program. When it ends, schedEnd(exc) (exc: what it raised, or 0)
// tells the scheduler and answers whether the interrupted code goes on (else exc goes on into it).
let schedEnd: (exc: number) => boolean;
// where callbacks woke a sleeping program (wakeForCallbacks): the end of its sleep, which goes on
// once they have run
let sleepRest = 0;

// Enters f(x) as a SCHED frame above the running one; false when it cannot (a nested loop, f no
// Python function), and the caller calls f itself.
export function enterScheduled(f: number, x: number, end: (exc: number) => boolean): boolean {
  const base = rsp;
  schedEnd = end;
  const g = boundFn(f);
  if (g !== 0) {
    pushRoot(i32[(f >> 2) + 1]);
    f = g;
  }
  pushRoot(x);
  const ok = nest === 0 && typeOf(f) === TV.function && !isGeneratorFunc(f);
  if (ok) enter(f, base, rsp - base, rsp, 0, RetMode.SCHED, sp);
  setRsp(base);
  return ok;
}

// The Python function (not a generator's) that the bound method m calls with its self, else 0.
function boundFn(m: number): number {
  const f = typeOf(m) === TV.boundmeth ? i32[(m >> 2) + 2] : 0;
  return f !== 0 && typeOf(f) === TV.function && !isGeneratorFunc(f) ? f : 0;
}

// A SCHED frame has returned (exc 0) or raised exc: whether the code it interrupted goes on.
function schedFrameEnd(exc: number): boolean {
  const goOn = schedEnd(exc);
  // (the sleep ends on time even while callbacks keep coming)
  if (!goOn || pendingRun === null || now() >= sleepRest) {
    const ms = sleepRest - now();
    sleepRest = 0;
    if (goOn && ms > 0) requestSleep(ms);
  }
  return goOn;
}

// The sleeping program resumes early for scheduled callbacks, and sleeps on until `until` after them.
export function wakeForCallbacks(until: number, f: (atCheck: boolean) => void): void {
  sleepRest = until;
  requestPending(f);
}

// roots beyond the heap's fixed words: the frame stack, and the running frame if it is a heap
// frame (a generator's)
export function markVmRoots(): void {
  markRange(fsBase, fsTop);
  if (fw !== 0) markValue(fw << 2);
}

function operand(): number {
  let k = u8[ip++];
  if (k & 0x80) k = ((k & 0x7f) << 8) | u8[ip++];
  return k;
}
function jumpTarget(): number {
  const lo = u8[ip],
    hi = u8[ip + 1];
  ip += 2;
  return lo | (hi << 8);
}

// The registers live in the variables above while a frame runs; its words hold them only while it
// does not. So they are saved where another frame starts running: a call (enter), a yield, a
// generator resumed, and every nested loop's entry (callPython, runCode, runClassBody, genResume),
// which is the only way a native reaches Python code. An instruction that calls a native needs no
// save of its own: the collector scans whole frames, and an exception unwinds from the live ones.
function saveRegs(): void {
  if (fw === 0) return;
  i32[fw + FR.ip] = (ip << 1) | 1;
  i32[fw + FR.sp] = (sp << 1) | 1;
  i32[fw + FR.bp] = (bp << 1) | 1;
}

function loadRegs(f: number): void {
  fw = f;
  if (f === 0) return;
  ip = i32[f + FR.ip] >> 1;
  sp = i32[f + FR.sp] >> 1;
  bp = i32[f + FR.bp] >> 1;
  const c = i32[f + FR.code] >> 2;
  cw = (i32[c + CO.consts] >> 2) + 2;
  nw = (i32[c + CO.names] >> 2) + 2;
  gd = i32[f + FR.globals];
  cb = i32[c + CO.bytecode] + STR_HDR;
  bb = f + FR.SLOTS + (i32[c + CO.nslots] >> 1);
}

// ---- frames ----

// a full frame stack, or JS's own stack exhausted
const RECURSION = "maximum recursion depth exceeded";

// Makes a frame for code; on the frame stack, or in the heap for generators.
function newFrame(code: number, globals: number, func: number, inHeap: boolean): number {
  const c = code >> 2;
  const nslots = i32[c + CO.nslots] >> 1;
  const nblocks = i32[c + CO.nblocks] >> 1;
  const size = FR.SLOTS + nslots + 2 * nblocks + (i32[c + CO.stacksize] >> 1) + 2;
  let f: number;
  if (inHeap) {
    pushRoot(code);
    pushRoot(globals);
    pushRoot(func);
    f = alloc(TV.frame, size * 4) >> 2;
    popRoots(3);
  } else {
    f = fsTop;
    if (f + size > fsEnd) raise(tv(T.RuntimeError), RECURSION);
    fsTop = f + size;
    // the value stack too: the collector scans the whole frame, and a stale value left there by an
    // earlier frame would keep its object alive
    for (let k = f + 1; k < f + size; k++) i32[k] = 0;
    i32[f] = TV.frame;
  }
  i32[f + FR.code] = code;
  i32[f + FR.globals] = globals;
  i32[f + FR.func] = func << 0;
  const base = f + FR.SLOTS + nslots;
  i32[f + FR.bp] = (base << 1) | 1;
  i32[f + FR.sp] = ((base + 2 * nblocks - 1) << 1) | 1;
  i32[f + FR.ip] = ((i32[c + CO.bytecode] + STR_HDR) << 1) | 1;
  return f;
}

// Binds the arguments i32[a..a+n) and keywords i32[kw..kw+2*nkw) into the slots of frame f.
function bindArgs(f: number, func: number, a: number, n: number, kw: number, nkw: number): void {
  const fn = func >> 2;
  const c = i32[fn + FN.code] >> 2;
  const argc = i32[c + CO.argcount] >> 1;
  const kwonly = i32[c + CO.kwonly] >> 1;
  const flags = i32[c + CO.flags] >> 1;
  const s = f + FR.SLOTS;
  const namesw = (i32[c + CO.names] >> 2) + 2;
  // the slots: argc positional parameters, *args (at vaSlot === argc), keyword-only ones, **kwargs
  const va = flags & CF.VARARGS ? 1 : 0;
  const nparams = argc + kwonly + va;
  const vaSlot = argc;
  const kwBase = argc + va;
  const npos = n < argc ? n : argc;
  for (let k = 0; k < npos; k++) i32[s + k] = i32[a + k];
  if (va) {
    const t = newTuple(n - npos);
    for (let k = npos; k < n; k++) i32[(t >> 2) + 2 + k - npos] = i32[a + k];
    i32[s + vaSlot] = t;
  } else if (n > argc) argCountError(func, argc, n);
  let kwd = 0;
  if (flags & CF.VARKW) {
    kwd = newDict();
    i32[s + nparams] = kwd;
  }
  for (let j = 0; j < nkw; j++) {
    const name = i32[kw + 2 * j];
    let k = 0;
    for (; k < nparams; k++) {
      if (i32[namesw + k] === name && (k !== vaSlot || !va)) break;
    }
    if (k < nparams) {
      if (i32[s + k] !== 0) typeError("function got multiple values for argument '" + qstrStr(name >> 2) + "'");
      i32[s + k] = i32[kw + 2 * j + 1];
    } else if (kwd !== 0) dictSet(kwd, name, i32[kw + 2 * j + 1]);
    else typeError("unexpected keyword argument '" + qstrStr(name >> 2) + "'");
  }
  // defaults for missing positional parameters
  const defs = i32[fn + FN.defaults];
  const ndefs = defs === 0 ? 0 : i32[(defs >> 2) + 1] >> 1;
  for (let k = 0; k < argc; k++) {
    if (i32[s + k] !== 0) continue;
    const d = k - (argc - ndefs);
    if (d >= 0) i32[s + k] = i32[(defs >> 2) + 2 + d];
    else if (nkw === 0) argCountError(func, argc, n);
    else typeError("function missing required positional argument #" + (k + 1));
  }
  for (let k = kwBase; k < kwBase + kwonly; k++) {
    if (i32[s + k] !== 0) continue;
    const kd = i32[fn + FN.kwdefaults];
    const v = kd === 0 ? 0 : dictGet(kd, i32[namesw + k]);
    if (v === 0) typeError("function missing keyword-only argument");
    i32[s + k] = v;
  }
}

function argCountError(func: number, argc: number, n: number): never {
  typeError(qstrStr(i32[(func >> 2) + FN.name] >> 2) + "() takes " + argc + " positional arguments but " + n + " were given");
}

// cells and closure variables of a new frame
function setupCells(f: number, func: number): void {
  const c = i32[(func >> 2) + FN.code] >> 2;
  const cells = i32[c + CO.cells];
  if (cells !== 0) {
    const n = i32[(cells >> 2) + 1] >> 1;
    for (let k = 0; k < n; k++) {
      const slot = f + FR.SLOTS + (i32[(cells >> 2) + 2 + k] >> 1);
      const cell = alloc(TV.cell, 8);
      i32[(cell >> 2) + 1] = i32[slot];
      i32[slot] = cell;
    }
  }
  const fm = i32[c + CO.freemap];
  const clo = i32[(func >> 2) + FN.closure];
  if (fm !== 0 && clo !== 0) {
    const n = i32[(fm >> 2) + 1] >> 2;
    for (let k = 0; k < n; k++) {
      const slot = i32[(fm >> 2) + 2 + 2 * k] >> 1;
      i32[f + FR.SLOTS + slot] = i32[(clo >> 2) + 2 + k];
    }
  }
}

function needsSetup(func: number): boolean {
  const c = i32[(func >> 2) + FN.code] >> 2;
  return i32[c + CO.cells] !== 0 || i32[c + CO.freemap] !== 0;
}

// Makes the frame of a call of the Python function func (not yet running).
function frameForCall(func: number, a: number, n: number, kw: number, nkw: number, inHeap: boolean): number {
  const fn = func >> 2;
  const code = i32[fn + FN.code];
  const f = newFrame(code, i32[fn + FN.globals], func, inHeap);
  const c = code >> 2;
  if (nkw === 0 && n === i32[c + CO.argcount] >> 1 && i32[c + CO.kwonly] === 1 && ((i32[c + CO.flags] >> 1) & (CF.VARARGS | CF.VARKW)) === 0) {
    for (let k = 0; k < n; k++) i32[f + FR.SLOTS + k] = i32[a + k];
  } else {
    pushRoot(f << 2);
    try {
      bindArgs(f, func, a, n, kw, nkw);
    } catch (e) {
      if (!inHeap) fsTop = f;
      popRoots(1);
      throw e;
    }
    popRoots(1);
  }
  if (needsSetup(func)) {
    pushRoot(f << 2);
    setupCells(f, func);
    popRoots(1);
  }
  return f;
}

export function isGeneratorFunc(func: number): boolean {
  return ((i32[(i32[(func >> 2) + FN.code] >> 2) + CO.flags] >> 1) & CF.GENERATOR) !== 0;
}

// generator: [type, frame, state(si), name]
export const enum Gen {
  RUNNING = 0,
  NEW = 1,
  SUSPENDED = 2,
  DONE = 3,
}
function newGenerator(func: number, a: number, n: number, kw: number, nkw: number): number {
  const f = frameForCall(func, a, n, kw, nkw, true);
  pushRoot(f << 2);
  const g = alloc(TV.generator, 16);
  popRoots(1);
  i32[(g >> 2) + 1] = f << 2;
  i32[(g >> 2) + 2] = (Gen.NEW << 1) | 1;
  i32[(g >> 2) + 3] = i32[(func >> 2) + FN.name];
  i32[f + FR.gen] = g;
  return g;
}

// Enters func with the arguments on the current stack; the caller's result goes to `resultSlot`.
function enter(func: number, a: number, n: number, kw: number, nkw: number, mode: number, callerSp: number): void {
  if (isGeneratorFunc(func)) {
    const g = newGenerator(func, a, n, kw, nkw);
    sp = callerSp + 1;
    i32[sp] = g;
    return;
  }
  i32[fw + FR.sp] = (callerSp << 1) | 1;
  i32[fw + FR.ip] = (ip << 1) | 1;
  i32[fw + FR.bp] = (bp << 1) | 1;
  const f = frameForCall(func, a, n, kw, nkw, false);
  i32[f + FR.back] = fw << 2;
  i32[f + FR.mode] = (mode << 1) | 1;
  loadRegs(f);
}

// ---- calls from JS (natives) into Python: a nested loop ----

export function callPython(func: number, a: number, n: number, kw: number, nkw: number): number {
  if (isGeneratorFunc(func)) return newGenerator(func, a, n, kw, nkw);
  saveRegs();
  const f = frameForCall(func, a, n, kw, nkw, false);
  return runFrame(f, RetMode.EXIT, false, 0, 0);
}

// Runs frame f (already made) to completion in a nested loop and returns its result; a
// generator's frame until it yields, after pushing v (the value of the yield it resumes at) when
// push, or raising exc at its yield when exc !== 0.
function runFrame(f: number, mode: number, push: boolean, v: number, exc: number): number {
  i32[f + FR.back] = fw << 2;
  i32[f + FR.mode] = (mode << 1) | 1;
  const saveTicks = ticks;
  const saveStop = stop;
  const outer = fw;
  const base = rsp;
  loadRegs(f);
  if (push) i32[++sp] = v;
  nest++;
  stop = 0;
  ticks = 1;
  try {
    if (exc !== 0) {
      i32[R.excRaising] = exc;
      if (!unwind(exc)) throw THROWN;
    }
    loop();
  } finally {
    nest--;
    setRsp(base);
    // fw is back at outer (the loop restored it when the frame returned or raised)
    if (fw !== outer) loadRegs(outer);
    stop = saveStop;
    ticks = saveTicks > 0 ? saveTicks : 1;
  }
  return retVal;
}

function genRunning(): never {
  valueError("generator already executing");
}

// Resumes generator g with value v (or throws exc into it when exc !== 0). Returns the yielded
// value, or the return value with genDone() true.
export function genResume(g: number, v: number, exc: number): number {
  const gw = g >> 2;
  const state = i32[gw + 2] >> 1;
  if (state === 3) {
    genReturned = true;
    if (exc !== 0) raiseObj(exc);
    return C.None;
  }
  if (state === Gen.RUNNING) genRunning();
  const f = i32[gw + 1] >> 2;
  if (state === Gen.NEW && v !== C.None && exc === 0) typeError("can't send non-None value to a just-started generator");
  saveRegs();
  let started = state === Gen.SUSPENDED;
  if (exc !== 0 && started && u8[i32[f + FR.ip] >> 1] === Op.YIELD_FROM) {
    // a throw into a generator delegating with yield from goes to the inner iterator first
    const spw = i32[f + FR.sp] >> 1;
    const inner = i32[spw];
    let r = 0;
    let done = false;
    let forwarded = true;
    i32[gw + 2] = (Gen.RUNNING << 1) | 1;
    try {
      if ((inner & 15) === 0 && i32[inner >> 2] === TV.generator) {
        r = genResume(inner, C.None, exc);
        done = genReturned;
      } else {
        const m = getattrOr(inner, QV.throw, 0);
        if (m === 0) forwarded = false;
        else {
          r = call1Native(m, exc);
          done = r === 0;
          if (done) r = stopValue;
        }
      }
    } catch (e) {
      if (e !== THROWN) throw e;
      exc = i32[R.excRaising];
      forwarded = false;
    }
    i32[gw + 2] = (Gen.SUSPENDED << 1) | 1;
    if (forwarded) {
      if (!done) {
        genReturned = false;
        return r;
      }
      // the inner iterator finished: its value is the result of the yield from
      i32[spw] = r;
      i32[f + FR.ip] = i32[f + FR.ip] + 2;
      exc = 0;
      started = false;
    }
  }
  i32[gw + 2] = (Gen.RUNNING << 1) | 1;
  genReturned = false;
  try {
    return runFrame(f, RetMode.GEN, started, v, exc);
  } finally {
    if (i32[gw + 2] >> 1 === Gen.RUNNING) i32[gw + 2] = (Gen.DONE << 1) | 1;
  }
}

export function genDone(): boolean {
  return genReturned;
}

// ---- running code objects ----

// Runs a module's code object with the given globals (sliced: see resume).
export function startModule(code: number, globals: number): void {
  const f = newFrame(code, globals, 0, false);
  i32[f + FR.back] = 0;
  i32[f + FR.mode] = (RetMode.EXIT << 1) | 1;
  i32[f + FR.locals] = globals;
  loadRegs(f);
  stop = 0;
  ticks = 1;
}


// Runs until the module finishes (returns true), sleeps or ends its slice (returns false).
// An uncaught exception is thrown as THROWN with the exception at R.excRaising.
export function resume(): boolean {
  stop = 0;
  ticks = 1;
  sleepMs = 0;
  loop();
  const s = stop;
  stop = 0;
  return s === Stop.EXIT;
}

// Runs a code object (exec, eval) in a nested loop with the given namespaces; returns its value.
export function runCode(code: number, globals: number, locals: number): number {
  saveRegs();
  const f = newFrame(code, globals, 0, false);
  i32[f + FR.locals] = locals;
  return runFrame(f, RetMode.EXIT, false, 0, 0);
}

// exec and eval called by a call instruction of the running loop run their code as a frame of it,
// whose result is the call's: a program run by exec(open(f).read()) is sliced and interrupted like
// the program itself. The native then returns C.Skip, for which the call instruction pushes
// nothing. False (in a nested loop): the caller runs the code there (runCode).
export function enterCode(code: number, globals: number, locals: number, a: number): boolean {
  if (!calledDirectly(a)) return false;
  enterCodeFrame(code, globals, locals, ip, a - 2, RetMode.PUSH);
  return true;
}

// Runs code (a module's, exec's, eval's) as a frame above the running one, which goes on at
// callerIp with its stack at callerSp when that frame ends (mode).
function enterCodeFrame(code: number, globals: number, locals: number, callerIp: number, callerSp: number, mode: number): void {
  const f = newFrame(code, globals, 0, false);
  i32[f + FR.locals] = locals;
  ip = callerIp;
  sp = callerSp;
  saveRegs();
  i32[f + FR.back] = fw << 2;
  i32[f + FR.mode] = (mode << 1) | 1;
  loadRegs(f);
}

// Runs a module's code object to completion in a nested loop: import of a module from a file
// or a frozen module.
export function runModuleNested(code: number, globals: number): void {
  runCode(code, globals, globals);
}

// Import runs a module's code as a frame of the importing loop, not in a nested one: a module
// that loops forever (a board's `import app`) is then sliced, sleeps and is interrupted like the
// program itself. The IMPORT_NAME being run (importAt: its first byte, importSp: the stack with
// its operands) is left for the module's frame, and runs again when that frame returns; the
// module is in sys.modules by then, so the import goes on from where it was. AGAIN leaves the
// import machinery (JS) at once: the loaders' cleanup on failure must let it pass.
let importAt = 0;
let importSp = 0;
let importNest = 0;
export const AGAIN = {};

// Takes the module whose dict is globals out of sys.modules: its code raised (as importfile's load
// does when the code runs in a nested loop).
function forgetModule(globals: number): void {
  const mods = i32[R.modules];
  for (let e = mods === 0 ? -1 : dictEntry(mods, 0); e >= 0; e = dictEntry(mods, entryPos(mods, e))) {
    const m = i32[e + 1];
    if ((m & 15) === 0 && m !== 0 && i32[m >> 2] === TV.module && i32[(m >> 2) + 2] === globals) {
      dictDelete(mods, i32[e]);
      return;
    }
  }
}

// Runs a module's code with the given globals: as a frame when an IMPORT_NAME of the running loop
// asked for it (this call then does not return), else in a nested loop.
export function runModule(code: number, globals: number): void {
  if (importAt === 0 || importNest !== nest) return runModuleNested(code, globals);
  enterCodeFrame(code, globals, globals, importAt, importSp, RetMode.DROP);
  throw AGAIN;
}

export function runClassBody(func: number, locals: number): void {
  saveRegs();
  const f = frameForCall(func, 0, 0, 0, 0, false);
  i32[f + FR.locals] = locals;
  runFrame(f, RetMode.EXIT, false, 0, 0);
}

export function requestSleep(ms: number): boolean {
  if (nest > 0) return false;
  sleepMs = ms;
  stop = Stop.SLEEP;
  ticks = 0;
  return true;
}

// A native that must wait for input (input(), sys.stdin.read) stops the VM, and its call
// instruction runs again, with the same arguments, when the VM resumes. Only a native called by a
// call instruction of the running frame can: callSlot is where that callee is on the stack while
// it runs (-1 otherwise, and in a nested loop nothing can wait).
let callSlot = -1;
let callAt = 0; // the call instruction being run
let again = false;

// Whether the native whose arguments start at a was called by the running frame's call
// instruction, so that it may wait (callAgain).
export function calledDirectly(a: number): boolean {
  return nest === 0 && a - 1 === callSlot;
}

// Sleeps up to ms milliseconds, then runs the call again. Only for a native calledDirectly; what it
// returns meanwhile is dropped.
export function callAgain(ms: number): void {
  requestSleep(ms);
  again = true;
}

// A native calledDirectly hands its call to the Python function f: the call instruction runs
// again at once, f in the callee's place, with the same arguments. A builtin whose loop would run
// Python code at every step (sum over a generator) so runs as frames the VM slices: the host's
// event loop turns meanwhile and a Ctrl-C reaches the program.
export function handCallTo(f: number): void {
  i32[callSlot] = f;
  again = true;
}

// ---- the loop ----

const SLICE = 2048;

function loop(): void {
  // roots that natives pushed before raising are dropped when the exception is caught here
  const entryRsp = rsp;
  for (;;) {
    try {
      for (;;) {
        while (--ticks > 0) OPS[u8[ip++]]();
        if (stop !== 0) return;
        ticks = SLICE;
        if (interruptPending) {
          interruptPending = false;
          raise(tv(T.KeyboardInterrupt));
        }
        if (pendingRun !== null) {
          // micropython.schedule: callbacks run between instructions
          const f = pendingRun;
          pendingRun = null;
          saveRegs();
          f(true);
        }
        // the clock is read in nested loops too: a host can interrupt from now() while a builtin runs
        if (sliceEnd !== 0 && now() >= sliceEnd && nest === 0) {
          stop = Stop.SLICE;
          return;
        }
      }
    } catch (e) {
      // a native that raised is not waiting any more
      if (MPJS_REPL || MPJS_ASYNCIO) callSlot = -1;
      const exc = toException(e);
      i32[R.excRaising] = exc;
      setRsp(entryRsp);
      if (!unwind(exc)) throw THROWN;
    }
  }
}

let reraising = false;
function toException(e: any): number {
  if (e === THROWN) return i32[R.excRaising];
  return newExc(
    e instanceof RangeError
      ? RECURSION
      : // an opcode past the end of the dispatch table (the rest are rareOp's)
        e instanceof TypeError && !OPS[u8[ip - 1]]
        ? "bad opcode " + u8[ip - 1]
        : "internal error: " + (e && e.message ? e.message : String(e))
  );
}

// The exception RuntimeError(msg), made as raise makes it (MemoryError when there is no memory
// for it).
function newExc(msg: string): number {
  try {
    raise(tv(T.RuntimeError), msg);
  } catch (e) {
    return e === THROWN ? i32[R.excRaising] : C.MemErr;
  }
}

// Leaves the running frame for its caller (a generator's frame is done: its locals are released
// with it). Returns how the frame was entered (RetMode); leftGen is its generator, or 0.
let leftGen = 0;
function leaveFrame(): number {
  const mode = i32[fw + FR.mode] >> 1;
  const back = i32[fw + FR.back] >> 2;
  const g = (leftGen = i32[fw + FR.gen]);
  if (g !== 0) i32[(g >> 2) + 2] = (Gen.DONE << 1) | 1;
  if (fw >= fsBase && fw < fsEnd) fsTop = fw;
  loadRegs(back);
  return mode;
}

// Finds a handler for exc from the running frame outwards. Returns true with the registers set at
// the handler, or false when the exception leaves this loop's entry frame.
function unwind(exc: number): boolean {
  for (;;) {
    if (fw === 0) return false;
    if (reraising) reraising = false;
    else addTraceback(exc);
    while (bp > bb) {
      bp -= 2;
      const entry = i32[bp] >> 1;
      const depth = i32[bp + 1] >> 1;
      const kind = entry & 3;
      sp = depth;
      if (kind === Blk.HANDLER) continue;
      ip = cb + (entry >> 2);
      i32[++sp] = exc;
      if (kind === Blk.EXCEPT) {
        i32[bp] = (Blk.HANDLER << 1) | 1;
        i32[bp + 1] = (depth << 1) | 1;
        bp += 2;
        i32[R.curExc] = exc;
      } else i32[++sp] = (Why.EXC << 1) | 1;
      return true;
    }
    const left = fw;
    const mode = leaveFrame();
    // a module whose code raised is not imported (its frame's globals are its dict)
    if ((MPJS_FILES || MPJS_FROZEN) && mode === RetMode.DROP && i32[left + FR.func] === 0) forgetModule(i32[left + FR.globals]);
    if (METHOD_FRAMES && mode === RetMode.SCHED && schedFrameEnd(exc)) return true;
    if (METHOD_FRAMES && mode === RetMode.NEXT && exc !== C.MemErr && isSubtype(typeOf(exc), TV.StopIteration)) {
      // __next__ ends the for loop: at the exit of its FOR_ITER, which the saved ip follows
      sp--;
      ip = cb + (u8[ip - 2] | (u8[ip - 1] << 8));
      return true;
    }
    // PEP 479: StopIteration does not leak out of a generator
    if (leftGen !== 0 && exc !== C.MemErr && isSubtype(typeOf(exc), TV.StopIteration)) {
      exc = newExc("generator raised StopIteration");
      i32[R.excRaising] = exc;
    }
    // (a generator resumed by FOR_ITER: the exception continues in the loop's frame)
    if (mode >= RetMode.EXIT) return false;
  }
}

// Appends (file, line, function name) of the running frame to the exception's traceback.
function addTraceback(exc: number): void {
  const e = nativeExc(exc);
  if (e === 0) return;
  const c = i32[fw + FR.code] >> 2;
  // the Python that runs a builtin's loop (handCallTo) is the builtin's, as native code is
  if ((MPJS_REPL || MPJS_ASYNCIO) && i32[c + CO.file] === QV.$builtins) return;
  const line = lineOf(c, ip - 1 - cb);
  let tb = i32[(e >> 2) + EXC.tb];
  // a frame that re-raises adds no second entry for the same line
  if (tb !== 0) {
    const n = listLen(tb);
    const it = listItems(tb);
    if (n >= 3 && i32[it + n - 2] === ((line << 1) | 1) && i32[it + n - 1] === i32[c + CO.name] && i32[it + n - 3] === i32[c + CO.file]) return;
  }
  try {
    pushRoot(exc);
    if (tb === 0) {
      tb = newList(0);
      i32[(e >> 2) + EXC.tb] = tb;
    }
    listAppend(tb, i32[c + CO.file]);
    listAppend(tb, (line << 1) | 1);
    listAppend(tb, i32[c + CO.name]);
  } catch (e2) {
    // no memory for the traceback: the exception itself still propagates
  } finally {
    popRoots(1);
  }
}

// the native exception object of an exception instance (the sub-object of a user subclass)
export function nativeExc(e: number): number {
  if (e === C.MemErr) return 0;
  const t = i32[e >> 2];
  if (t & 4) return e;
  return i32[(e >> 2) + 2];
}

export function lineOf(c: number, offset: number): number {
  const lt = i32[c + CO.lines];
  let line = i32[c + CO.firstline] >> 1;
  if (lt === 0) return line;
  const n = i32[(lt >> 2) + 2];
  let p = lt + STR_HDR;
  const end = p + n;
  let off = 0;
  while (p < end) {
    // two varints: the code offset's increase, then the line's (zigzag)
    let d = 0,
      l = 0,
      shift = 0,
      b: number;
    for (let k = 0; k < 2; k++) {
      shift = l = 0;
      do {
        b = u8[p++];
        l |= (b & 127) << shift;
        shift += 7;
      } while (b & 128);
      if (k === 0) d = l;
    }
    if (off + d > offset) break;
    off += d;
    line += l & 1 ? -((l + 1) >> 1) : l >> 1;
  }
  return line;
}

// ---- the instructions ----

// Returns i32[sp] from the running frame (RETURN_VALUE, and END_FINALLY ending a return).
function doReturn(): void {
  const v = i32[sp];
  // finally clauses of the frame run first
  while (bp > bb) {
    bp -= 2;
    const entry = i32[bp] >> 1;
    if ((entry & 3) === Blk.FINALLY) {
      sp = i32[bp + 1] >> 1;
      i32[++sp] = v;
      i32[++sp] = (Why.RETURN << 1) | 1;
      ip = cb + (entry >> 2);
      return;
    }
  }
  const mode = leaveFrame();
  if (mode <= RetMode.NEXT) {
    if (leftGen !== 0) {
      // a generator resumed by FOR_ITER: the loop ends, at the exit target of the FOR_ITER
      // that the caller's saved ip follows
      sp--;
      ip = cb + (u8[ip - 2] | (u8[ip - 1] << 8));
    } else i32[++sp] = v;
  } else if (mode === RetMode.INIT) {
    initResult(v);
  } else if (METHOD_FRAMES && mode === RetMode.SCHED) {
    schedFrameEnd(0);
  } else if (METHOD_FRAMES && mode === RetMode.ENTER) {
    // the with's block (SETUP_WITH's target, the operand before the saved ip), then the value
    pushBlock(Blk.FINALLY, u8[ip - 2] | (u8[ip - 1] << 8));
    i32[++sp] = v;
  } else if (METHOD_FRAMES && mode === RetMode.EXIT_WITH) {
    withExited(v);
  } else if (METHOD_FRAMES && mode === RetMode.OPERATOR) {
    operatorReturned(v);
  } else if (!(MPJS_FILES || MPJS_FROZEN || METHOD_FRAMES) || mode !== RetMode.DROP) {
    // EXIT, GEN: back to JS
    if (mode === RetMode.GEN) genReturned = true;
    retVal = v;
    stop = Stop.EXIT;
    ticks = 0;
  }
}

// WITH_CLEANUP's end, r the result of __exit__: exit, payload, why -> payload, why (None and NONE
// when r swallowed the exception).
function withExited(r: number): void {
  const why = i32[sp] >> 1;
  const swallowed = why === Why.EXC && truthy(r);
  i32[sp - 2] = swallowed ? C.None : i32[sp - 1];
  i32[sp - 1] = ((swallowed ? Why.NONE : why) << 1) | 1;
  sp--;
}

// Yields the value it pops from the running generator frame (YIELD_VALUE, and YIELD_FROM).
function doYield(): void {
  const v = i32[sp--];
  const g = i32[fw + FR.gen];
  const mode = i32[fw + FR.mode] >> 1;
  const back = i32[fw + FR.back] >> 2;
  saveRegs();
  i32[(g >> 2) + 2] = (Gen.SUSPENDED << 1) | 1;
  loadRegs(back);
  if (mode === RetMode.PUSH) {
    i32[++sp] = v;
    return;
  }
  retVal = v;
  genReturned = false;
  stop = Stop.EXIT;
  ticks = 0;
}

function nameError(q: number): never {
  raise(tv(T.NameError), "name '" + qstrStr(q >> 2) + "' isn't defined");
}

// set by the builtins when they start (init.ts), before any code runs
export let lookupBuiltin: (q: number) => number;
export let importHook: (name: number, fromlist: number, level: number, globals: number) => number;
export let formatHook: (v: number, spec: number) => number;
export let printExprHook: (v: number) => void;
export let buildClassHook: (name: number, bases: number, dict: number, kwargs: number) => number;
export let strHook: (v: number, repr: boolean) => number;
export function setVmHooks(h: {
  builtin: (q: number) => number;
  imp: (name: number, fromlist: number, level: number, globals: number) => number;
  format: (v: number, spec: number) => number;
  printExpr: (v: number) => void;
  buildClass: (name: number, bases: number, dict: number, kwargs: number) => number;
  str: (v: number, repr: boolean) => number;
}): void {
  lookupBuiltin = h.builtin;
  importHook = h.imp;
  formatHook = h.format;
  printExprHook = h.printExpr;
  buildClassHook = h.buildClass;
  strHook = h.str;
}

function unboundLocal(): never {
  raise(tv(T.NameError), "local variable referenced before assignment");
}

// ---- a user class's Python methods that instructions call ----
// With a REPL, the Python method an instruction calls for a user instance (a property's getter or
// setter, __call__, __next__ for a for loop, __getitem__, __setitem__) runs as a frame of the
// running loop, not in a nested one: a nested loop cannot yield to the host, so a Ctrl-C from its
// event loop would never reach a method that loops forever (a driver's property polling a pin).
// (METHOD_FRAMES is in runtime.ts, whose getattrOr and setattr leave a property's Python getter or
// setter to LOAD_ATTR and STORE_ATTR: frameFn)

// The Python function for q of the user class t (the type of a user instance), else 0. Callers
// test t & 4 (a builtin type) first: this is on the paths of every call, subscript and loop step.
function userFn(t: number, q: number): number {
  const m = lookupType(t, q);
  return m !== 0 && typeOf(m) === TV.function ? m : 0;
}

// Enters f with the n arguments at a; its result goes to the slot above callerSp (mode PUSH or
// NEXT) or nowhere (DROP).
function enterFn(f: number, a: number, n: number, mode: number, callerSp: number): void {
  enter(f, a, n, a + n, 0, mode, callerSp);
}

// CALL_FUNCTION and CALL_METHOD: the callee at fslot, its arguments above it (for CALL_METHOD,
// self or the NULL of LOAD_METHOD between them)
function opCall(): void {
  if (MPJS_REPL || MPJS_ASYNCIO) callAt = ip - 1;
  const method = u8[ip - 1] === Op.CALL_METHOD;
  const arg = operand();
  let npos = arg & 255;
  const nkw = arg >> 8;
  let fslot = sp - npos - 2 * nkw;
  if (method) {
    fslot--;
    if (i32[fslot + 1] === 0) {
      // LOAD_METHOD found a plain attribute: shift the arguments down over the NULL
      for (let k = fslot + 1; k < sp; k++) i32[k] = i32[k + 1];
      sp--;
      // shifted, the call could not run again
      if (MPJS_REPL || MPJS_ASYNCIO) callAt = -1;
    } else npos++;
  }
  let f = i32[fslot];
  let t = typeOf(f);
  const a = fslot + 1;
  const dunder = METHOD_FRAMES && !(t & 4) ? userFn(t, QV.__call__) : 0;
  if ((t === TV.boundmeth && typeOf(i32[(f >> 2) + 2]) === TV.function) || dunder !== 0) {
    // a bound Python function, or an instance's __call__: self goes before the arguments, and the
    // function is called
    for (let k = sp; k >= a; k--) i32[k + 1] = i32[k];
    i32[a] = dunder !== 0 ? f : i32[(f >> 2) + 1];
    sp++;
    npos++;
    f = dunder !== 0 ? dunder : i32[(f >> 2) + 2];
    t = TV.function;
  }
  if (t === TV.function) {
    enter(f, a, npos, a + npos, nkw, RetMode.PUSH, fslot - 1);
    return;
  }
  if (t === TV.type && isUserClass(f)) {
    const init = lookupType(f, QV.__init__);
    if (init !== 0 && typeOf(init) === TV.function && lookupUser(f, QV.__new__) === 0 && !isGeneratorFunc(init)) {
      const inst = allocInstance(f, a, npos, a + npos, nkw);
      // the instance takes the callee's place and is __init__'s self
      i32[fslot] = inst;
      enter(init, fslot, npos + 1, a + npos, nkw, RetMode.INIT, fslot);
      return;
    }
  }
  const r = MPJS_REPL || MPJS_ASYNCIO ? callOut(f, fslot, npos, nkw) : call(f, a, npos, a + npos, nkw);
  if ((MPJS_REPL || MPJS_ASYNCIO) && (ip === callAt || r === C.Skip)) return;
  sp = fslot;
  i32[sp] = r;
}

// A call instruction's call of f (not a Python function): the callee at slot, its arguments
// above it. When the native waits (callAgain), ip is back at the instruction (callAt) and the
// stack stays as it is, for the call to run again.
function callOut(f: number, slot: number, npos: number, nkw: number): number {
  const at = callAt;
  callSlot = at < 0 ? -1 : slot;
  const r = call(f, slot + 1, npos, slot + 1 + npos, nkw);
  callSlot = -1;
  callAt = at;
  if (again) {
    again = false;
    ip = at;
  }
  return r;
}

function opLoadMethod(): void {
  const name = i32[cw + operand()];
  const o = i32[sp];
  const t = typeOf(o);
  const user = !(t & 4);
  // a native method of a builtin type (not shadowed by the type's own attribute slot), or a function
  // found on a user instance's class and not shadowed by its instance dict: the method and o are
  // pushed, no bound method is made (and a native that waits, sys.stdin.readline, can run again)
  const native = !user && t !== TV.module && t !== TV.type;
  const attr = native ? TYPES[t >> 3].attr : undefined;
  const own = attr ? attr(o, name) : 0;
  if (own === 0 && (user || native)) {
    const m = lookupType(t, name);
    if (m !== 0 && typeOf(m) === (user ? TV.function : TV.builtin)) {
      const d = user ? i32[(o >> 2) + 1] : 0;
      if (d === 0 || dictGet(d, name) === 0) {
        i32[sp] = m;
        i32[++sp] = o;
        return;
      }
    }
  }
  // the type's attribute slot answered (getattr would ask it again), or the general lookup
  i32[sp] = own || getattr(o, name);
  i32[++sp] = 0;
}

function makeFunction(): void {
  const code = i32[cw + operand()];
  const flags = u8[ip++];
  const f = alloc(TV.function, FN.SIZE * 4 + 4);
  const w = f >> 2;
  i32[w + FN.code] = code;
  i32[w + FN.globals] = gd;
  i32[w + FN.name] = i32[(code >> 2) + CO.name];
  if (flags & 2) i32[w + FN.kwdefaults] = i32[sp--];
  if (flags & 1) i32[w + FN.defaults] = i32[sp--];
  // the function stays on the stack while its closure tuple is made
  i32[++sp] = f;
  const fm = i32[(code >> 2) + CO.freemap];
  if (fm !== 0) {
    const n = i32[(fm >> 2) + 1] >> 2;
    const clo = newTuple(n);
    for (let k = 0; k < n; k++) i32[(clo >> 2) + 2 + k] = i32[fw + FR.SLOTS + (i32[(fm >> 2) + 3 + 2 * k] >> 1)];
    i32[w + FN.closure] = clo;
  }
}

// UNPACK_SEQUENCE n, and UNPACK_EX (before | after << 8) for a starred target
function unpackSequence(): void {
  const star = u8[ip - 1] === Op.UNPACK_EX;
  const arg = operand();
  const n = star ? 0 : arg,
    before = arg & 255,
    after = arg >> 8;
  const seq = i32[sp];
  const t = typeOf(seq);
  let items: number;
  let len: number;
  // the items of a tuple or list are read in place; the general case (and a starred target, whose
  // middle part becomes a new list) collects them into a list first
  let list = 0;
  if (!star && (t === TV.tuple || t === TV.list)) {
    len = t === TV.tuple ? i32[(seq >> 2) + 1] >> 1 : listLen(seq);
    items = t === TV.tuple ? (seq >> 2) + 2 : listItems(seq);
  } else {
    list = newList(0);
    pushRoot(list);
    const it = getIter(seq);
    pushRoot(it);
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) listAppend(list, v);
    popRoots(2);
    len = listLen(list);
    items = listItems(list);
  }
  sp--;
  if (!star) {
    if (len !== n) unpackError(len, n);
    for (let k = n - 1; k >= 0; k--) i32[++sp] = i32[items + k];
    return;
  }
  if (len < before + after) unpackError(len, len);
  for (let k = len - 1; k >= len - after; k--) i32[++sp] = i32[items + k];
  // the list stays on the stack while the middle part is made
  i32[++sp] = list;
  const mid = newList(len - before - after);
  sp--;
  const mi = listItems(mid);
  for (let k = before; k < len - after; k++) i32[mi + k - before] = i32[items + k];
  i32[++sp] = mid;
  for (let k = before - 1; k >= 0; k--) i32[++sp] = i32[items + k];
}

function unpackError(len: number, n: number): never {
  valueError(len > n ? "too many values to unpack (expected " + n + ")" : "need more than " + len + " values to unpack");
}

// TypeError unless v is an exception class or instance (raise's, generator.throw's argument)
export function checkRaisable(v: number): void {
  const t = typeOf(v);
  if (v !== C.MemErr && !isSubtype(t === TV.type ? v : t, TV.BaseException)) typeError("exceptions must derive from BaseException");
}

// raise exc (a class or an instance)
function makeRaisable(v: number): number {
  checkRaisable(v);
  return typeOf(v) === TV.type ? call(v, 0, 0, 0, 0) : v;
}

// leave n blocks, then jump to target (code offset); finally clauses on the way run first
function unwindJump(target: number, n: number): void {
  while (n > 0) {
    bp -= 2;
    n--;
    const entry = i32[bp] >> 1;
    const depth = i32[bp + 1] >> 1;
    sp = depth;
    if ((entry & 3) === Blk.FINALLY) {
      i32[++sp] = (((n << 16) | target) << 1) | 1;
      i32[++sp] = (Why.JUMP << 1) | 1;
      ip = cb + (entry >> 2);
      return;
    }
    if ((entry & 3) === Blk.HANDLER) {
      // leaving an except clause
      i32[R.curExc] = 0;
    }
  }
  ip = cb + target;
}

// SETUP_EXCEPT, SETUP_FINALLY, and SETUP_WITH's block: a block entry (handler offset << 2 | kind,
// stack depth)
function pushBlock(kind: number, target: number): void {
  i32[bp] = (((target << 2) | kind) << 1) | 1;
  i32[bp + 1] = (sp << 1) | 1;
  bp += 2;
}

function setupBlock(): void {
  const kind = u8[ip - 1] === Op.SETUP_EXCEPT ? Blk.EXCEPT : Blk.FINALLY;
  pushBlock(kind, jumpTarget());
}

function iterStep(): void {
  const at = ip - 1;
  const target = jumpTarget();
  const it = i32[sp];
  let v = 0;
  if ((it & 15) === 0 && i32[it >> 2] === TV.generator) {
    const gw = it >> 2;
    const state = i32[gw + 2] >> 1;
    if (state === Gen.RUNNING) genRunning();
    if (state !== Gen.DONE) {
      // resume the generator in this loop
      const f = i32[gw + 1] >> 2;
      saveRegs();
      i32[f + FR.back] = fw << 2;
      i32[f + FR.mode] = (RetMode.PUSH << 1) | 1;
      i32[gw + 2] = (Gen.RUNNING << 1) | 1;
      loadRegs(f);
      if (state === Gen.SUSPENDED) i32[++sp] = C.None;
      return;
    }
    // (a finished generator: the loop ends)
  } else {
    const m = METHOD_FRAMES && !(typeOf(it) & 4) ? userFn(typeOf(it), QV.__next__) : 0;
    if (m !== 0) {
      i32[sp + 1] = it;
      return enterFn(m, sp + 1, 1, RetMode.NEXT, sp);
    }
    v = iterNext(it, true);
  }
  // (a step that ended without an item: FOR_ITER again, as the next instruction)
  if (v === C.Skip) ip = at;
  else if (v === 0) {
    sp--;
    ip = cb + target;
  } else i32[++sp] = v;
}

// generator frames are marked running (state 0) while they run; the loop sets the state when the
// frame yields (2) or finishes (3)

function yieldFrom(): void {
  // stack: iterator, value to send
  const v = i32[sp--];
  const it = i32[sp];
  let r: number;
  let done = false;
  if ((it & 15) === 0 && i32[it >> 2] === TV.generator) {
    r = genResume(it, v, 0);
    done = genReturned;
  } else {
    if (v !== C.None) {
      const send = getattr(it, QV.send);
      r = call1Native(send, v);
      if (r === 0) done = true;
    } else {
      r = iterNextValue(it);
      done = stopValueSet;
      if (done) r = stopValue;
    }
  }
  if (done) {
    i32[sp] = r;
    return;
  }
  // yield r from this generator; when resumed, run YIELD_FROM again with the sent value
  ip--;
  i32[++sp] = r;
  doYield();
}

// next() that reports StopIteration's value (for yield from over non-generators)
let stopValueSet = false;
let stopValue = 0;
function iterNextValue(it: number): number {
  stopValueSet = false;
  try {
    const v = iterNext(it);
    if (v === 0) {
      stopValueSet = true;
      stopValue = C.None;
    }
    return v;
  } catch (e) {
    if (caughtStop(e)) return 0;
    throw e;
  }
}

// Whether the JS exception e is a StopIteration raised; its value goes to stopValue.
function caughtStop(e: any): boolean {
  const x = i32[R.excRaising];
  if (e !== THROWN || x === C.MemErr || !isSubtype(typeOf(x), TV.StopIteration)) return false;
  const args = i32[(nativeExc(x) >> 2) + EXC.args];
  stopValue = i32[(args >> 2) + 1] > 1 ? i32[(args >> 2) + 2] : C.None;
  stopValueSet = true;
  return true;
}

function call1Native(f: number, v: number): number {
  const p = rsp;
  pushRoot(v);
  try {
    return call(f, p, 1, 0, 0);
  } catch (e) {
    if (caughtStop(e)) return 0;
    throw e;
  } finally {
    setRsp(p);
  }
}

// the iterator that `await v` drives: a coroutine itself, or iter(v.__await__())
function awaitableIter(v: number): number {
  if ((v & 15) === 0 && i32[v >> 2] === TV.generator) return v;
  pushRoot(v);
  const m = getattrOr(v, QV.__await__, 0);
  popRoots(1);
  if (m === 0) objError(v, "can't be awaited");
  return getIter(call(m, 0, 0, 0, 0));
}

// + and - on two small ints stay in the loop; everything else goes through binaryOp
// (BINARY_OP and INPLACE_OP)
function arith(): void {
  const inplace = u8[ip - 1] === Op.INPLACE_OP;
  const op = u8[ip++];
  const b = i32[sp--];
  const a = i32[sp];
  if (a & b & 1 && op <= BinOp.SUB) {
    const r = op === BinOp.ADD ? (a >> 1) + (b >> 1) : (a >> 1) - (b >> 1);
    if (r >= -0x40000000 && r <= 0x3fffffff) {
      i32[sp] = (r << 1) | 1;
      return;
    }
  }
  if (!(METHOD_FRAMES && enterOperator(op, a))) i32[sp] = binaryOp(op, a, b, inplace);
}

// A user instance a's Python method for the operator instruction just read (op its operand, b
// at sp + 1) runs as a frame of this loop, which may loop, sleep and be interrupted: whether it
// does (runtime.ts opFn). a and b stay on the stack under it for operatorReturned.
function enterOperator(op: number, a: number): boolean {
  const m = typeOf(a) & 4 ? 0 : opFn(u8[ip - 2], op, a, i32[sp + 1]);
  if (m !== 0) enterFn(m, sp, 2, RetMode.OPERATOR, sp + 1);
  return m !== 0;
}
function operatorReturned(v: number): void {
  const b = i32[sp--];
  i32[sp] = opResult(u8[ip - 2], u8[ip - 1], i32[sp], b, v);
}

// < <= == != > >= on two small ints stay in the loop. The outcome of a < b (0), a == b (1) or
// a > b (2) picks one bit of the op's three in CMP_TRUE: whether the comparison holds then.
const CMP_TRUE = (1 << (3 * CmpOp.LT)) | (3 << (3 * CmpOp.LE)) | (2 << (3 * CmpOp.EQ)) | (5 << (3 * CmpOp.NE)) | (4 << (3 * CmpOp.GT)) | (6 << (3 * CmpOp.GE));
function cmpop(): void {
  const op = u8[ip++];
  const b = i32[sp--];
  const a = i32[sp];
  if (a & b & 1 && op <= CmpOp.GE) {
    i32[sp] = (CMP_TRUE >> (3 * op + (a < b ? 0 : a === b ? 1 : 2))) & 1 ? C.True : C.False;
    return;
  }
  if (!(METHOD_FRAMES && enterOperator(op, a))) i32[sp] = compareOp(op, a, b);
}

// POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP (these two keep
// the value when they jump)
function jumpIf(): void {
  const op = u8[ip - 1];
  const target = jumpTarget();
  const v = i32[sp];
  const t = v === C.True ? true : v === C.False ? false : truthy(v);
  if (t === (op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_TRUE_OR_POP)) {
    ip = cb + target;
    if (op < Op.JUMP_IF_FALSE_OR_POP) sp--;
  } else sp--;
}

// The instructions below share a few functions, each a switch on the opcode: they are rare next
// to the work they do, and on Espruino every function costs RAM (about 5 JsVars).

// LOAD_NONE, LOAD_TRUE, LOAD_FALSE, LOAD_NULL
function loadConstant(): void {
  const op = u8[ip - 1];
  i32[++sp] = op === Op.LOAD_NONE ? C.None : op === Op.LOAD_TRUE ? C.True : op === Op.LOAD_FALSE ? C.False : 0;
}

// ROT_TWO, ROT_THREE, DUP_TOP_TWO
function stackOp(): void {
  const op = u8[ip - 1];
  const t = i32[sp];
  if (op === Op.DUP_TOP_TWO) {
    i32[sp + 1] = i32[sp - 1];
    i32[sp + 2] = t;
    sp += 2;
    return;
  }
  i32[sp] = i32[sp - 1];
  if (op === Op.ROT_TWO) i32[sp - 1] = t;
  else {
    i32[sp - 1] = i32[sp - 2];
    i32[sp - 2] = t;
  }
}

// containers, strings, and calls with * and ** arguments
function buildOp(): void {
  const op = u8[ip - 1];
  switch (op) {
    case Op.BUILD_SLICE: {
      const n = operand();
      const s = alloc(TV.slice, 16);
      const w = s >> 2;
      i32[w + 3] = n === 3 ? i32[sp--] : C.None;
      i32[w + 2] = i32[sp--];
      i32[w + 1] = i32[sp];
      i32[sp] = s;
      return;
    }
    case Op.FORMAT_VALUE: {
      // flags: 1 str, 2 repr, 4 a format spec on top
      const flags = operand();
      const spec = flags & 4 ? i32[sp--] : 0;
      if (flags & 3) i32[sp] = strHook(i32[sp], (flags & 3) === 2);
      i32[sp] = formatHook(i32[sp], spec);
      return;
    }
    case Op.BUILD_STRING: {
      const n = operand();
      let s = "";
      for (let k = sp - n + 1; k <= sp; k++) s += jsStr(i32[k]);
      sp -= n - 1;
      i32[sp] = newStr(s);
      return;
    }
    case Op.BUILD_MAP:
    case Op.BUILD_SET: {
      // n items, or n key, value pairs
      const n = operand();
      const w = op === Op.BUILD_SET ? 1 : 2;
      if (w === 1 && TYPES[T.set].lazy) TYPES[T.set].lazy!();
      const d = newDict(w === 1 ? TV.set : TV.dict);
      i32[++sp] = d;
      const at = sp - w * n;
      for (let k = 0; k < n; k++) dictSet(d, i32[at + w * k], w === 1 ? C.True : i32[at + w * k + 1]);
      sp = at;
      i32[sp] = d;
      return;
    }
    case Op.MAP_ADD:
    case Op.SET_ADD: {
      // the dict or set is d words below the key (or the item)
      const d = operand();
      const w = op === Op.SET_ADD ? 1 : 2;
      dictSet(i32[sp - d - w + 1], i32[sp - w + 1], w === 1 ? C.True : i32[sp]);
      sp -= w;
      return;
    }
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE: {
      // every item of the iterable on top goes into the list or set d words below
      const d = operand();
      const target = i32[sp - d];
      const it = getIter(i32[sp]);
      i32[sp] = it;
      for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
        if (op === Op.SET_UPDATE) dictSet(target, v, C.True);
        else listAppend(target, v);
      }
      sp--;
      return;
    }
    case Op.DICT_UPDATE: {
      const d = operand();
      dictUpdateHook(i32[sp - d], i32[sp]);
      sp--;
      return;
    }
    case Op.LIST_TO_TUPLE: {
      const l = i32[sp];
      const n = listLen(l);
      const t = newTuple(n);
      const it = listItems(l);
      for (let k = 0; k < n; k++) i32[(t >> 2) + 2 + k] = i32[it + k];
      i32[sp] = t;
      return;
    }
    case Op.CALL_FUNCTION_EX: {
      const kwargs = i32[sp];
      const args = i32[sp - 1];
      const f = i32[sp - 2];
      // spread onto the root stack: positional items, then (name, value) pairs
      const p = rsp;
      const n = listLen(args);
      for (let k = 0; k < n; k++) pushRoot(i32[listItems(args) + k]);
      let nkw = 0;
      for (let e = kwargs === 0 ? -1 : dictEntry(kwargs, 0); e >= 0; e = dictEntry(kwargs, entryPos(kwargs, e))) {
        const key = i32[e];
        if ((key & 3) !== 2 && typeOf(key) !== TV.str) typeError("keywords must be strings");
        pushRoot(internStrHook(key));
        pushRoot(i32[e + 1]);
        nkw++;
      }
      const r = call(f, p, n, p + n, nkw);
      setRsp(p);
      sp -= 2;
      i32[sp] = r;
      return;
    }
  }
}

// try, with, raise, and the instructions of async code
function blockOp(): void {
  const op = u8[ip - 1];
  switch (op) {
    case Op.EXC_MATCH: {
      // pops a type (or a tuple of them), peeks the exception, pushes whether it matches
      const t = i32[sp];
      const et = typeOf(i32[sp - 1]);
      let m = false;
      if (typeOf(t) === TV.tuple) {
        const n = i32[(t >> 2) + 1] >> 1;
        for (let k = 0; k < n && !m; k++) m = isSubtype(et, i32[(t >> 2) + 2 + k]);
      } else {
        if (typeOf(t) !== TV.type) typeError("catching classes that do not inherit from BaseException is not allowed");
        m = isSubtype(et, t);
      }
      i32[sp] = m ? C.True : C.False;
      return;
    }
    case Op.POP_EXCEPT: {
      bp -= 2;
      sp = i32[bp + 1] >> 1;
      // the exception being handled is now the one of an outer handler in this frame, if any
      let e = 0;
      for (let b = bp - 2; b >= bb; b -= 2) {
        if (((i32[b] >> 1) & 3) === Blk.HANDLER) {
          e = i32[(i32[b + 1] >> 1) + 1];
          break;
        }
      }
      i32[R.curExc] = e;
      return;
    }
    case Op.RAISE: {
      // 0: re-raise, 1: raise exc, 2: raise exc from cause
      const n = operand();
      if (n === 0) {
        const e = i32[R.curExc];
        if (e === 0) raise(tv(T.RuntimeError), "No active exception to reraise");
        // a re-raise in the frame that caught it adds no traceback entry of its own
        reraising = true;
        raiseObj(e);
      }
      const cause = n === 2 ? i32[sp--] : 0;
      // the exception stays on the stack while the cause is made
      const e = (i32[sp] = makeRaisable(i32[sp]));
      const ne = n === 2 ? nativeExc(e) : 0;
      if (ne !== 0) i32[(ne >> 2) + EXC.cause] = cause === C.None ? C.None : makeRaisable(cause);
      raiseObj(e);
    }
    case Op.END_FINALLY: {
      // why a finally clause ran, over its payload
      const why = i32[sp] >> 1;
      const payload = i32[sp - 1];
      sp -= 2;
      if (why === Why.EXC) {
        reraising = true;
        raiseObj(payload);
      }
      if (why === Why.RETURN) {
        sp++;
        doReturn();
      } else if (why === Why.JUMP) unwindJump((payload >> 1) & 0xffff, payload >> 17);
      return;
    }
    case Op.UNWIND_JUMP: {
      const target = jumpTarget();
      unwindJump(target, u8[ip++]);
      return;
    }
    case Op.SETUP_WITH:
    case Op.ASYNC_WITH_ENTER: {
      // mgr -> exit (kept for the end of the block), then the block (with), then the result of
      // entering (with: __enter__(); async with: the awaitable iterator of __aenter__())
      const async = op === Op.ASYNC_WITH_ENTER;
      const target = async ? 0 : jumpTarget();
      const mgr = i32[sp];
      const exit = getattr(mgr, async ? QV.__aexit__ : QV.__exit__);
      i32[++sp] = exit;
      if (METHOD_FRAMES && !async && !(typeOf(mgr) & 4)) {
        const m = userFn(typeOf(mgr), QV.__enter__);
        if (m !== 0 && !isGeneratorFunc(m)) {
          // exit where mgr was, mgr above it as the argument: the frame's return pushes the block
          i32[sp - 1] = exit;
          i32[sp] = mgr;
          return enterFn(m, sp, 1, RetMode.ENTER, sp - 1);
        }
      }
      const r = call(getattr(mgr, async ? QV.__aenter__ : QV.__enter__), 0, 0, 0, 0);
      i32[sp - 1] = exit;
      if (async) {
        i32[sp] = awaitableIter(r);
        return;
      }
      sp--;
      pushBlock(Blk.FINALLY, target);
      i32[++sp] = r;
      return;
    }
    case Op.WITH_CLEANUP:
    case Op.ASYNC_WITH_EXIT: {
      // exit, payload, why -> payload, why (with: None and NONE when exit swallowed the exception)
      // or payload, why, the awaitable iterator of the call of __aexit__
      const why = i32[sp] >> 1;
      const payload = i32[sp - 1];
      const exit = i32[sp - 2];
      const exc = why === Why.EXC;
      const p = rsp;
      // a Python __exit__ (a bound method of a function): self goes first, and its frame's return
      // finishes (withExited)
      const f = METHOD_FRAMES && op === Op.WITH_CLEANUP ? boundFn(exit) : 0;
      if (METHOD_FRAMES && f !== 0) pushRoot(i32[(exit >> 2) + 1]);
      pushRoot(exc ? typeOf(payload) : C.None);
      pushRoot(exc ? payload : C.None);
      pushRoot(C.None);
      if (METHOD_FRAMES && f !== 0) {
        enter(f, p, 4, rsp, 0, RetMode.EXIT_WITH, sp);
        setRsp(p);
        return;
      }
      const r = call(exit, p, 3, 0, 0);
      setRsp(p);
      if (op === Op.ASYNC_WITH_EXIT) {
        i32[sp - 2] = payload;
        i32[sp - 1] = (why << 1) | 1;
        i32[sp] = awaitableIter(r);
        return;
      }
      if (METHOD_FRAMES) return withExited(r);
      // (the same, inline: as a function it costs the default profile 100 B)
      const swallowed = exc && truthy(r);
      i32[sp - 2] = swallowed ? C.None : payload;
      i32[sp - 1] = ((swallowed ? Why.NONE : why) << 1) | 1;
      sp--;
      return;
    }
    case Op.ASYNC_WITH_DONE: {
      // payload, why, result of awaiting __aexit__ -> payload, why (the exception swallowed when true)
      const r = i32[sp--];
      if (i32[sp] >> 1 === Why.EXC && truthy(r)) {
        i32[sp - 1] = C.None;
        i32[sp] = (Why.NONE << 1) | 1;
      }
      return;
    }
    case Op.GET_AWAITABLE:
      i32[sp] = awaitableIter(i32[sp]);
      return;
    case Op.GET_AITER:
    case Op.GET_ANEXT: {
      // async for: replaces v by v.__aiter__(); pushes the awaitable iterator of v.__anext__()
      const next = op === Op.GET_ANEXT;
      const v = i32[sp];
      const m = getattrOr(v, next ? QV.__anext__ : QV.__aiter__, 0);
      if (m === 0) objError(v, "is not an async " + (next ? "iterator" : "iterable"));
      const r = call(m, 0, 0, 0, 0);
      if (!next) {
        i32[sp] = r;
        return;
      }
      const it = awaitableIter(r);
      i32[++sp] = it;
      return;
    }
  }
}

// BUILD_TUPLE, BUILD_LIST: n items
function buildSeq(): void {
  const list = u8[ip - 1] === Op.BUILD_LIST;
  const n = operand();
  const s = list ? newList(n) : newTuple(n);
  const items = list ? listItems(s) : (s >> 2) + 2;
  for (let k = 0; k < n; k++) i32[items + k] = i32[sp - n + 1 + k];
  sp -= n - 1;
  i32[sp] = s;
}

// names outside fast locals, deletions, imports, classes, the REPL's printing; an opcode that is
// no instruction
function rareOp(): void {
  const op = u8[ip - 1];
  switch (op) {
    case Op.LOAD_NAME: {
      const q = i32[nw + operand()];
      const l = i32[fw + FR.locals];
      let v = l !== 0 && l !== gd ? dictGet(l, q) : 0;
      if (v === 0) v = dictGet(gd, q);
      if (v === 0) v = lookupBuiltin(q);
      if (v === 0) nameError(q);
      i32[++sp] = v;
      return;
    }
    case Op.STORE_NAME: {
      const k = operand();
      dictSet(i32[fw + FR.locals] || gd, i32[nw + k], i32[sp]);
      sp--;
      return;
    }
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL: {
      const q = i32[nw + operand()];
      if (dictDelete(op === Op.DELETE_NAME ? i32[fw + FR.locals] || gd : gd, q) === 0) nameError(q);
      return;
    }
    case Op.DELETE_FAST: {
      const k = operand();
      if (i32[fw + FR.SLOTS + k] === 0) unboundLocal();
      i32[fw + FR.SLOTS + k] = 0;
      return;
    }
    case Op.DELETE_DEREF: {
      const k = operand();
      const cell = i32[fw + FR.SLOTS + k] >> 2;
      if (i32[cell + 1] === 0) unboundLocal();
      i32[cell + 1] = 0;
      return;
    }
    case Op.DELETE_ATTR: {
      const name = i32[cw + operand()];
      setattr(i32[sp], name, 0);
      sp--;
      return;
    }
    case Op.DELETE_SUBSCR:
      setitem(i32[sp - 1], i32[sp], 0);
      sp -= 2;
      return;
    case Op.BUILD_CLASS: {
      // stack: body function, name, bases, kwargs|NULL
      const kwargs = i32[sp];
      // the namespace takes the kwargs' place on the stack: they stay on the root stack
      pushRoot(kwargs);
      const locals = newDict();
      i32[sp] = locals;
      runClassBody(i32[sp - 3], locals);
      const cls = buildClassHook(i32[sp - 2], i32[sp - 1], locals, kwargs);
      popRoots(1);
      sp -= 3;
      i32[sp] = cls;
      return;
    }
    case Op.IMPORT_NAME: {
      // stack: level, fromlist
      const at = ip - 1;
      const name = i32[cw + operand()];
      const fromlist = i32[sp--];
      // (only files and frozen modules have code to run)
      if (!MPJS_FILES && !MPJS_FROZEN) {
        i32[sp] = importHook(name, fromlist, i32[sp] >> 1, gd);
        return;
      }
      // (the import machinery runs no Python but the modules' code, so no other IMPORT_NAME runs
      // until this one is done)
      const base = rsp;
      importAt = at;
      importSp = sp + 1;
      importNest = nest;
      try {
        i32[sp] = importHook(name, fromlist, i32[sp] >> 1, gd);
      } catch (e) {
        // a module's frame is running now (runModule)
        if (e !== AGAIN) throw e;
        setRsp(base);
      } finally {
        importAt = 0;
      }
      return;
    }
    case Op.IMPORT_FROM: {
      const name = i32[cw + operand()];
      const v = getattrOr(i32[sp], name, 0);
      if (v === 0) raise(tv(T.ImportError), "can't import name " + qstrStr(name >> 2));
      i32[++sp] = v;
      return;
    }
    case Op.PRINT_EXPR:
      printExprHook(i32[sp]);
      sp--;
      return;
    case Op.IMPORT_STAR: {
      const m = i32[sp--];
      const d = i32[(m >> 2) + 2];
      const target = i32[fw + FR.locals] || gd;
      // __all__ names what a star import takes, underscores included (only modules from files have one)
      const all = MPJS_FILES ? dictGet(d, QV.__all__) : 0;
      if (all !== 0) {
        pushRoot(m);
        const it = getIter(all);
        pushRoot(it);
        for (let name = iterNext(it); name !== 0; name = iterNext(it)) {
          name = internStrHook(name);
          dictSet(target, name, getattr(m, name));
        }
        popRoots(2);
        return;
      }
      // else every name that does not start with an underscore
      for (let e = dictEntry(d, 0); e >= 0; e = dictEntry(d, entryPos(d, e))) {
        const key = i32[e];
        if ((key & 3) !== 2 || qstrStr(key >> 2).charAt(0) !== "_") dictSet(target, key, i32[e + 1]);
      }
      return;
    }
  }
  raise(tv(T.RuntimeError), "bad opcode " + op);
}

// The dispatch table, indexed by opcode (in the order of enum Op, one entry a line). Hot
// instructions have a function of their own; the rest share rareOp, buildOp and blockOp. An array
// literal rather than OPS[Op.X] = f assignments: about 6 bytes of bundle less per opcode.
const OPS: (() => void)[] = [
  rareOp, // NOP (never emitted)
  function () {
    // POP_TOP
    sp--;
  },
  function () {
    // DUP_TOP
    i32[sp + 1] = i32[sp];
    sp++;
  },
  stackOp, // DUP_TOP_TWO
  stackOp, // ROT_TWO
  stackOp, // ROT_THREE
  function () {
    // LOAD_CONST
    i32[++sp] = i32[cw + operand()];
  },
  loadConstant, // LOAD_NONE
  loadConstant, // LOAD_TRUE
  loadConstant, // LOAD_FALSE
  function () {
    // LOAD_INT
    const z = operand();
    const n = z & 1 ? -((z + 1) >> 1) : z >> 1;
    i32[++sp] = (n << 1) | 1;
  },
  loadConstant, // LOAD_NULL
  rareOp, // VAR_LOAD (rewritten by the compiler)
  rareOp, // VAR_STORE
  rareOp, // VAR_DELETE
  function () {
    // LOAD_FAST
    const k = operand();
    const v = i32[fw + FR.SLOTS + k];
    if (v === 0) unboundLocal();
    i32[++sp] = v;
  },
  function () {
    // STORE_FAST
    i32[fw + FR.SLOTS + operand()] = i32[sp--];
  },
  rareOp, // DELETE_FAST
  function () {
    // LOAD_DEREF
    const v = i32[(i32[fw + FR.SLOTS + operand()] >> 2) + 1];
    if (v === 0) unboundLocal();
    i32[++sp] = v;
  },
  function () {
    // STORE_DEREF
    i32[(i32[fw + FR.SLOTS + operand()] >> 2) + 1] = i32[sp--];
  },
  rareOp, // DELETE_DEREF
  function () {
    // LOAD_GLOBAL
    const q = i32[nw + operand()];
    let v = dictGet(gd, q);
    if (v === 0) {
      // a builtin may be made at its first use (Python code runs): the push comes after it
      v = lookupBuiltin(q);
      if (v === 0) nameError(q);
    }
    i32[++sp] = v;
  },
  function () {
    // STORE_GLOBAL
    const k = operand();
    dictSet(gd, i32[nw + k], i32[sp]);
    sp--;
  },
  rareOp, // DELETE_GLOBAL
  rareOp, // LOAD_NAME
  rareOp, // STORE_NAME
  rareOp, // DELETE_NAME
  function () {
    // LOAD_ATTR
    const name = i32[cw + operand()];
    if (!METHOD_FRAMES) i32[sp] = getattr(i32[sp], name);
    else {
      const v = getattrOr(i32[sp], name, C.Skip);
      if (v !== C.Skip) i32[sp] = v;
      else if (frameFn[0] === 0) attrError(i32[sp], name);
      else {
        const g = frameFn[0];
        frameFn[0] = 0;
        enterFn(g, sp, 1, RetMode.PUSH, sp - 1);
      }
    }
  },
  function () {
    // STORE_ATTR
    const name = i32[cw + operand()];
    setattr(i32[sp], name, i32[sp - 1], METHOD_FRAMES);
    if (!METHOD_FRAMES || frameFn[0] === 0) sp -= 2;
    else {
      const f = frameFn[0];
      frameFn[0] = 0;
      i32[sp + 1] = i32[sp - 1];
      enterFn(f, sp, 2, RetMode.DROP, sp - 2);
    }
  },
  rareOp, // DELETE_ATTR
  opLoadMethod, // LOAD_METHOD
  function () {
    // LOAD_SUBSCR
    const k = i32[sp--];
    const m = METHOD_FRAMES && !(typeOf(i32[sp]) & 4) ? userFn(typeOf(i32[sp]), QV.__getitem__) : 0;
    if (m !== 0) enterFn(m, sp, 2, RetMode.PUSH, sp - 1);
    else i32[sp] = getitem(i32[sp], k);
  },
  function () {
    // STORE_SUBSCR: value, o, key
    const m = METHOD_FRAMES && !(typeOf(i32[sp - 1]) & 4) ? userFn(typeOf(i32[sp - 1]), QV.__setitem__) : 0;
    if (m !== 0 && !isGeneratorFunc(m)) {
      i32[sp + 1] = i32[sp - 2];
      enterFn(m, sp - 1, 3, RetMode.DROP, sp - 3);
    } else {
      setitem(i32[sp - 1], i32[sp], i32[sp - 2]);
      sp -= 3;
    }
  },
  rareOp, // DELETE_SUBSCR
  buildOp, // BUILD_SLICE
  arith, // BINARY_OP
  arith, // INPLACE_OP
  function () {
    // UNARY_OP: a user instance's Python __neg__, __pos__ or __invert__ runs as a frame
    const op = u8[ip++];
    const t = METHOD_FRAMES && op !== UnOp.NOT ? typeOf(i32[sp]) : 4;
    const m = t & 4 ? 0 : userFn(t, op === UnOp.NEG ? QV.__neg__ : op === UnOp.POS ? QV.__pos__ : QV.__invert__);
    if (m !== 0) enterFn(m, sp, 1, RetMode.PUSH, sp - 1);
    else i32[sp] = unaryOp(op, i32[sp]);
  },
  cmpop, // COMPARE_OP
  function () {
    // JUMP
    ip = cb + (u8[ip] | (u8[ip + 1] << 8));
  },
  jumpIf, // POP_JUMP_IF_FALSE
  jumpIf, // POP_JUMP_IF_TRUE
  jumpIf, // JUMP_IF_FALSE_OR_POP
  jumpIf, // JUMP_IF_TRUE_OR_POP
  function () {
    // GET_ITER
    i32[sp] = getIter(i32[sp]);
  },
  iterStep, // FOR_ITER
  buildSeq, // BUILD_TUPLE
  buildSeq, // BUILD_LIST
  buildOp, // BUILD_SET
  buildOp, // BUILD_MAP
  function () {
    // LIST_APPEND
    const d = operand();
    listAppend(i32[sp - d], i32[sp]);
    sp--;
  },
  buildOp, // SET_ADD
  buildOp, // MAP_ADD
  buildOp, // LIST_EXTEND
  buildOp, // SET_UPDATE
  buildOp, // DICT_UPDATE
  buildOp, // LIST_TO_TUPLE
  unpackSequence, // UNPACK_SEQUENCE
  unpackSequence, // UNPACK_EX
  buildOp, // BUILD_STRING
  buildOp, // FORMAT_VALUE
  opCall, // CALL_FUNCTION
  opCall, // CALL_METHOD
  buildOp, // CALL_FUNCTION_EX
  makeFunction, // MAKE_FUNCTION
  doReturn, // RETURN_VALUE
  setupBlock, // SETUP_EXCEPT
  setupBlock, // SETUP_FINALLY
  blockOp, // SETUP_WITH
  function () {
    // POP_BLOCK
    bp -= 2;
  },
  blockOp, // POP_EXCEPT
  blockOp, // END_FINALLY
  blockOp, // WITH_CLEANUP
  blockOp, // RAISE
  blockOp, // UNWIND_JUMP
  doYield, // YIELD_VALUE
  yieldFrom, // YIELD_FROM
  blockOp, // GET_AWAITABLE
  rareOp, // IMPORT_NAME
  rareOp, // IMPORT_FROM
  rareOp, // IMPORT_STAR
  rareOp, // BUILD_CLASS
  blockOp, // EXC_MATCH
  rareOp, // LOAD_EXC (not emitted)
  rareOp, // PRINT_EXPR
  rareOp, // SETUP_ANNOTATIONS (not emitted)
  blockOp, // GET_AITER
  blockOp, // GET_ANEXT
  blockOp, // ASYNC_WITH_ENTER
  blockOp, // ASYNC_WITH_EXIT
  blockOp, // ASYNC_WITH_DONE
];
if (MPJS_ASSERT && OPS.length !== Op.NOPS) throw new Error("vm: the dispatch table has " + OPS.length + " entries for " + Op.NOPS + " opcodes");

// set by the builtins (objdict.ts, init.ts)
export let dictUpdateHook: (d: number, other: number) => void;
export function setDictUpdateHook(f: (d: number, other: number) => void): void {
  dictUpdateHook = f;
}

export let internStrHook: (v: number) => number;
export function setInternStrHook(f: (v: number) => number): void {
  internStrHook = f;
}

// the current frame's function and first argument, for zero-argument super()
export function currentFrameInfo(): number[] {
  // the frame calling the native is the running frame
  let f = fw;
  if (f === 0) return [0, 0];
  const func = i32[f + FR.func];
  let self = i32[f + FR.SLOTS];
  const c = i32[f + FR.code] >> 2;
  const cells = i32[c + CO.cells];
  if (cells !== 0 && self !== 0 && (self & 15) === 0 && i32[self >> 2] === TV.cell) {
    for (let k = 0; k < i32[(cells >> 2) + 1] >> 1; k++) {
      if (i32[(cells >> 2) + 2 + k] === 1) self = i32[(self >> 2) + 1];
    }
  }
  return [func, self];
}

export function currentGlobals(): number {
  return fw === 0 ? 0 : gd;
}
export function currentLocals(): number {
  return fw === 0 ? 0 : i32[fw + FR.locals];
}

export function setHeapHooks(raw: (t: number) => boolean): void {
  setHooks(markVmRoots, function (): never {
    i32[R.excRaising] = C.MemErr;
    throw THROWN;
  }, raw);
}
