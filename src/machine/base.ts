// What every machine class shares: the HAL in use, the layout of machine objects, argument parsing,
// buffers, and the way the HAL's callbacks (pin edges, timer ticks, received bytes) reach Python.
//
// A machine object is [type, id, handler, slot, fields...], all words Python values. An object the
// HAL may call back (an irq set, a running timer, an open UART) is "attached": it takes a slot in
// the `<live>` list of the machine module (which keeps it from the collector while only JS refers
// to it) and its JS state (HAL handles, receive buffer) sits in STATE at the same index. An event
// queues DISPATCH(obj) on micropython.schedule's queue: the handler runs between VM instructions,
// or as a short run of its own when the VM is idle (src/embed.ts).

import { i32, u8, alloc, pushRoot, popRoots, checkHostLen } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, defType, newTypeIndex, romMap, mkInt, raise, valueError, typeOf, isStr, toJs, newBytes, newList, listAppend, listLen, listItems, THROWN, strBuf, bufLen } from "../core/obj";
import { qv, nativeSelf, reprOf, isCallable, getIter, iterNext } from "../core/runtime";
import { dictGet, dictSet } from "../core/map";
import { qstrFromJs, qstrStr } from "../core/qstr";
import { importByName, moduleDict } from "../builtins/modules";
import { scheduleCall } from "../builtins/modmicropython";
import { bytesAddr, writableAddr, bbLen } from "../builtins/objbytes";
import { arrayAddr, arrayLen } from "../builtins/modarray";
import { toInt } from "../builtins/modutil";
import { Hal } from "./hal";

export let hal: Hal = {};

export const enum M {
  id = 1,
  handler,
  slot,
  f, // first field of the class's own
}

// A new machine object of type t with nf fields of its own (None).
export function newObj(t: number, nf: number, id: number): number {
  const o = alloc(t, 16 + 4 * nf);
  const w = o >> 2;
  i32[w + M.id] = id;
  i32[w + M.handler] = C.None;
  i32[w + M.slot] = -1; // small int -1
  for (let k = 0; k < nf; k++) i32[w + M.f + k] = C.None;
  return o;
}

// the id a machine object was made with (a pin, a bus number), as a small int
export function idOf(o: number): number {
  return i32[(o >> 2) + M.id];
}

export function fld(o: number, k: number): number {
  return i32[(o >> 2) + M.f + k];
}
export function setFld(o: number, k: number, v: number): void {
  i32[(o >> 2) + M.f + k] = v;
}
export function self(a: number): number {
  return nativeSelf(i32[a]);
}

// The HAL function f, or OSError when the host has none.
export function need<F>(f: F | undefined, what: string): F {
  if (!f) raise(tv(T.OSError), what + " not available on this host");
  return f;
}

// A machine class: its methods from a table of (name, min args, max args, native) and its integer
// constants from (name, value) pairs.
export function defClass(name: number, make: Make | undefined, repr: ((o: number) => string) | undefined, table: any[], consts?: number[], base?: number): number {
  const locals: number[] = [];
  for (let k = 0; k < table.length; k += 4) locals.push(qv(table[k]), defNative(table[k], table[k + 1], table[k + 2], table[k + 3]));
  if (consts) for (let k = 0; k < consts.length; k += 2) locals.push(qv(consts[k]), mkInt(consts[k + 1]));
  return defType(newTypeIndex(), name, base || TV.object, { make: make, repr: repr, locals: romMap(locals) });
}

// The arguments named in names, from position `from` (after self) or by keyword: 0 when absent.
export function parse(a: number, n: number, kw: number, nkw: number, names: number[], from: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < names.length; k++) out.push(from + k < n ? i32[a + from + k] : 0);
  for (let j = 0; j < nkw; j++) {
    const key = i32[kw + 2 * j];
    let k = 0;
    while (k < names.length && qv(names[k]) !== key) k++;
    if (k === names.length) raise(tv(T.TypeError), "unexpected keyword argument '" + toJs(key) + "'");
    out[k] = i32[kw + 2 * j + 1];
  }
  return out;
}

// irq(handler=None, trigger=dflt, hard=False) of Pin and UART: sets o's handler, answers the trigger.
export function irqArgs(o: number, a: number, n: number, kw: number, nkw: number, dflt: number): number {
  const p = parse(a, n, kw, nkw, [Q.handler, Q.trigger, Q.hard], 1);
  const h = p[0] === 0 ? C.None : p[0];
  const trig = intOr(p[1], dflt);
  if (h !== C.None && !isCallable(h)) valueError("handler must be None or callable");
  i32[(o >> 2) + M.handler] = h;
  return trig;
}

// The items of an iterable, each through f.
export function itemsOf<X>(v: number, f: (x: number) => X): X[] {
  const out: X[] = [];
  const it = getIter(v);
  pushRoot(it);
  for (let x = iterNext(it); x !== 0; x = iterNext(it)) out.push(f(x));
  popRoots(1);
  return out;
}

// An integer argument, or dflt when absent or None.
export function intOr(v: number, dflt: number): number {
  return v === 0 || v === C.None ? dflt : toInt(v);
}

// A number of bytes to read (nbytes), checked before the HAL allocates them in host memory.
export function byteCount(v: number): number {
  const n = intOr(v, 0);
  checkHostLen(n);
  return n;
}

// ---- pins ----

// Set by pin.ts: the Pin type, whose objects give their id.
export let pinType = 0;
export function setPinType(t: number): void {
  pinType = t;
}

// The HAL's name for a pin given as a Pin, a number or a name; ValueError when the board has none.
export function pinName(v: number): number | string {
  v = nativeSelf(v);
  if (typeOf(v) === pinType) v = idOf(v);
  const id = isStr(v) ? toJs(v) : toInt(v);
  const p = need(hal.pinId, "Pin")(id);
  if (p === null || p === undefined) noPin();
  return p;
}

export function noPin(): never {
  valueError("invalid pin");
}

// The HAL's options for a bus's pins: opts.sck, opts.tx... (named as the arguments names[j]) for
// the arguments p[j] given, j from `from` to `to` - 1.
export function pinOpts(opts: any, p: number[], names: number[], from: number, to: number): void {
  for (let j = from; j < to; j++) if (p[j] !== 0) opts[qstrStr(names[j])] = pinName(p[j]);
}

// A HAL pin name as Python shows it: Pin(2), Pin(LED)
export function pinValue(p: number | string): number {
  return typeof p === "number" ? mkInt(p) : qv(qstrFromJs(p));
}

export function pinText(o: number): string {
  return nameText(idOf(o));
}

// a pin's name (a number or a name) as reprs show it: 2, LED
export function nameText(v: number): string {
  return isStr(v) ? toJs(v) : reprOf(v);
}

// A repr's keywords: "name=value, ..." for o's fields from k on, field j named names[j].
export function fieldsText(o: number, names: number[], k: number): string {
  let s = "";
  for (let j = k; j < names.length; j++) s += (j > k ? ", " : "") + qstrStr(names[j]) + "=" + nameText(fld(o, j));
  return s;
}

// ---- buffers ----

// Address of the bytes of a buffer (bytes, bytearray, memoryview, array); their count in bufN.
let bufN = 0;
// into: a buffer to write into, which a bytes is not (objbytes.ts writableAddr)
function bufAddr(v: number, into?: boolean): number {
  let p = into ? writableAddr(v) : bytesAddr(v);
  bufN = bbLen;
  if (p < 0) {
    p = arrayAddr(v);
    bufN = arrayLen;
  }
  if (p < 0) raise(tv(T.TypeError), "object with buffer protocol required");
  return p;
}

// The size of a buffer to read into, in bytes; TypeError when v is not one.
export function bufSize(v: number): number {
  bufAddr(v, true);
  return bufN;
}

// The bytes of a buffer to send, as a view of the heap for the HAL call at hand (hal.ts); a str
// sends its UTF-8, as MicroPython's write() takes one.
export function bufBytes(v: number): Uint8Array {
  const p = isStr(v) ? strBuf(v) : bufAddr(v);
  return u8.subarray(p, p + (isStr(v) ? bufLen : bufN));
}

// The byte runs in parts one after the other (writevto's buffers, a register address and data).
export function joinBytes(parts: ArrayLike<number>[]): Uint8Array {
  let n = 0;
  for (let k = 0; k < parts.length; k++) n += parts[k].length;
  const out = new Uint8Array(n);
  n = 0;
  for (let k = 0; k < parts.length; k++) {
    out.set(parts[k], n);
    n += parts[k].length;
  }
  return out;
}

// Copies bytes into the buffer v (as many as fit); answers how many.
export function fillBuf(v: number, bytes: ArrayLike<number>): number {
  const p = bufAddr(v, true);
  const n = bytes.length < bufN ? bytes.length : bufN;
  for (let k = 0; k < n; k++) u8[p + k] = bytes[k];
  return n;
}

export function bytesValue(bytes: ArrayLike<number>): number {
  return newBytes(TV.bytes, bytes);
}


// ---- objects the HAL calls back ----

export interface Live {
  // what the HAL holds for the object (a pin watch, a timer, a UART), and the function that lets go
  // of it (unwatch, timerClear, a close)
  h?: any;
  undo?: (h: any) => void;
  [k: string]: any;
}

// Lets go of what the HAL holds for an object whose state st was (if any).
export function cancel(st: Live | null): void {
  if (st && st.undo && st.h !== undefined) st.undo(st.h);
}

let STATE: (Live | null)[] = [];

function liveList(): number {
  const g = moduleDict(importByName(Q.machine));
  let l = dictGet(g, qv(Q.$live));
  if (l === 0) {
    l = newList(0);
    pushRoot(l);
    dictSet(g, qv(Q.$live), l);
    popRoots(1);
  }
  return l;
}

// Gives o a slot (o must be rooted by the caller); answers its state.
export function attach(o: number, st: Live): Live {
  detach(o);
  const l = liveList();
  let k = 0;
  while (k < STATE.length && STATE[k] !== null) k++;
  if (k === STATE.length) {
    STATE.push(null);
    listAppend(l, C.None);
  }
  STATE[k] = st;
  i32[listItems(l) + k] = o;
  i32[(o >> 2) + M.slot] = mkInt(k);
  return st;
}

export function stateOf(o: number): Live | null {
  const k = i32[(o >> 2) + M.slot] >> 1;
  return k >= 0 ? STATE[k] : null;
}

// A class's constructor: the type it makes (a subclass in Python makes the native type) is t.
export type Make = (a: number, n: number, kw: number, nkw: number, t: number) => number;
// What init(...) calls: (re)configures o with the arguments from argument k on.
export type Init = (o: number, a: number, n: number, kw: number, nkw: number, k: number) => void;

// init(...), whose arguments are the constructor's after the id
export function initMethod(init: Init): any[] {
  return [
    Q.init, 1, 255, function (a: number, n: number, kw: number, nkw: number) {
      init(self(a), a, n, kw, nkw, 1);
      return C.None;
    },
  ];
}

// init(...) and deinit() of a bus, port or timer: deinit lets go of what the HAL holds for it
export function peripheralMethods(open: Init): any[] {
  return initMethod(open).concat([
    Q.deinit, 1, 1, function (a: number) {
      detach(self(a));
      return C.None;
    },
  ]);
}

// The constructor of a bus or port with nf fields: what(id, ...), or Softwhat(...) without the id
// when soft; open() takes the arguments after the id.
export function busMake(nf: number, what: string, open: Init, soft?: boolean): Make {
  return function (a, n, kw, nkw, t) {
    if (!soft && n < 1) valueError(what + " id required");
    const o = newObj(t, nf, mkInt(soft ? -1 : intOr(i32[a], 0)));
    pushRoot(o);
    open(o, a, n, kw, nkw, soft ? 0 : 1);
    popRoots(1);
    return o;
  };
}

// The HAL's bus or port, or ValueError when the board has no such one.
export function opened<B>(b: B | null, what: string, id: number): B {
  if (!b) valueError(what + "(" + id + ") doesn't exist");
  return b;
}

// The JS state of an open bus or port; ValueError after deinit().
export function live(o: number, what: string): Live {
  const st = stateOf(o);
  if (!st) valueError(what + " is deinitialised");
  return st;
}

export function detach(o: number): void {
  const k = i32[(o >> 2) + M.slot] >> 1;
  if (k < 0) return;
  const st = STATE[k];
  STATE[k] = null;
  i32[(o >> 2) + M.slot] = -1;
  const l = liveList();
  if (k < listLen(l)) i32[listItems(l) + k] = C.None;
  cancel(st);
}

// A new interpreter (h null: no HAL until it imports machine), or its first import of machine (h:
// its host's HAL): every timer, watch and UART attached before is let go.
export function resetLive(h: Hal | null): void {
  const old = STATE;
  STATE = [];
  held = [];
  irqOff = 0;
  for (let k = 0; k < old.length; k++) cancel(old[k]);
  hal = h || {};
}

// disable_irq: events wait in `held` until enable_irq
export let irqOff = 0;
let held: number[] = [];
export function setIrqOff(v: number): void {
  irqOff = v;
  if (v) return;
  const h = held;
  held = [];
  for (let k = 0; k < h.length; k++) fire(h[k]);
}

// Runs o's handler with o, soon: a HAL callback calls this (o is attached, hence rooted).
export function fire(o: number): void {
  if (irqOff) {
    held.push(o);
    return;
  }
  // (the scheduler prints an exception of the handler, and the program goes on: MicroPython's
  // protected call)
  const h = i32[(o >> 2) + M.handler];
  if (h === C.None) return;
  try {
    scheduleCall(h, o);
  } catch (e) {
    // the schedule queue is full: the event is lost, as on MicroPython
    if (e !== THROWN) throw e;
  }
}
