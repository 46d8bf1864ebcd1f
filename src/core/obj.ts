// The object model's base: what type a value has, builtin type descriptors and functions (the
// "ROM" that ships in the bundle), and constructors for the common heap objects.

import { i32, u8, f64, alloc, pushRoot, popRoots, R } from "../gc/heap";
import { C, T, TV, tv, STR_HDR, FLOAT_VAL, EXC } from "./types";
import { Q } from "./qstrdefs";
import { qstrStr, qstrHash, hashBytes, utf8Length, utf8Encode, utf8Decode, qstrObj } from "./qstr";

// ---- builtin types and functions: the constant-object table ----

// A native function: args are the words i32[a .. a+n), keywords the pairs i32[kw .. kw+2*nkw)
// (qstr value, argument). Returns a value word; raises by calling raise*().
// which: the native's own constant index, for a function that several natives share (NATIVE_DATA)
export type Native = (a: number, n: number, kw: number, nkw: number, which: number) => number;

export interface TypeInfo {
  name: number; // qstr
  // type value of the base; absent for object's subclasses and object (on Espruino each property
  // of a TypeInfo is RAM for good, and most types have neither a base but object nor locals)
  base?: number;
  locals?: Int32Array | null; // sorted (qstr value, value) pairs: methods and class attributes
  raw?: boolean; // instances hold no references
  // slots (absent: the generic behaviour or a TypeError)
  make?: (a: number, n: number, kw: number, nkw: number, t: number) => number; // type(...) call: args exclude the type t
  repr?: (v: number) => string;
  str?: (v: number) => string;
  binop?: (op: number, a: number, b: number) => number; // 0: not implemented for these operands
  ibinop?: (op: number, a: number, b: number) => number; // in place: a op= b changes a and returns it; 0: use binop
  unop?: (op: number, a: number) => number;
  hash?: (v: number) => number;
  eq?: (a: number, b: number) => number; // C.True/C.False, or 0: not implemented
  cmp?: (op: number, a: number, b: number) => number; // < <= > >= ; 0 if not implemented
  iter?: (v: number) => number;
  next?: (v: number) => number; // 0 when exhausted
  getitem?: (v: number, k: number) => number;
  setitem?: (v: number, k: number, x: number) => void; // x 0: delete
  len?: (v: number) => number;
  contains?: (v: number, x: number) => boolean;
  attr?: (v: number, q: number) => number; // instance attribute (0 if none)
  truth?: (v: number) => boolean;
  call?: (f: number, a: number, n: number, kw: number, nkw: number) => number;
  // a type whose code is made at its first use (init.ts): makes it, replacing this TypeInfo
  lazy?: () => void;
}

export const TYPES: TypeInfo[] = [];
export const NATIVE: Native[] = [];
// The per-constant tables are typed arrays: on Espruino an array costs a JsVar per element, a
// typed array one flat block (7 bytes of RAM a constant in all). They grow by CONST_BLOCK as
// natives and types are made (a module's at its first import), rather than being made at load for
// the most a profile could define: the default profile makes 176 by its prompt, 273 once math,
// time, gc, sys, micropython and errno are imported; its tables were made for 320.
const CONST_BLOCK = 16;
export let NATIVE_NAME = new Uint16Array(T.NCORE); // qstr
export let NATIVE_ARGS = new Uint16Array(T.NCORE); // (min << 8) | max, max 255: any
// natives that act as classmethods when found on a type (dict.fromkeys, int.from_bytes)
export let NATIVE_CLASSMETH = new Uint8Array(T.NCORE);
// what a function shared by several natives is to do as each (str's find, rfind, index...: one
// function with a mode, not a closure per mode, each JsVars on Espruino)
export let NATIVE_DATA = new Uint8Array(T.NCORE);
let nextConst: number = T.NCORE;
// the type of every constant object (type values of constants are small: (k << 3) | 4)
export let CONST_TYPE = new Uint16Array(T.NCORE);
CONST_TYPE[0] = TV.NoneType;
CONST_TYPE[1] = CONST_TYPE[2] = TV.bool;
CONST_TYPE[5] = (T.MemoryError << 3) | 4;

// a copy of table a with CONST_BLOCK more entries (wide: of 16 bits, else 8)
function grown<A extends Uint8Array | Uint16Array>(a: A, wide: boolean): A {
  const b = (wide ? new Uint16Array(a.length + CONST_BLOCK) : new Uint8Array(a.length + CONST_BLOCK)) as A;
  b.set(a);
  return b;
}

function newConst(): number {
  if (nextConst === CONST_TYPE.length) {
    NATIVE_NAME = grown(NATIVE_NAME, true);
    NATIVE_ARGS = grown(NATIVE_ARGS, true);
    NATIVE_CLASSMETH = grown(NATIVE_CLASSMETH, false);
    NATIVE_DATA = grown(NATIVE_DATA, false);
    CONST_TYPE = grown(CONST_TYPE, true);
  }
  return nextConst++;
}

export function defType(idx: number, name: number, base: number, info?: Partial<TypeInfo>): number {
  const t: TypeInfo = (info || {}) as TypeInfo;
  t.name = name;
  if (base !== TV.object) t.base = base;
  TYPES[idx] = t;
  CONST_TYPE[idx] = TV.type;
  return tv(idx);
}

// Allocates a new constant index for a type defined outside the core enum.
export function newTypeIndex(): number {
  return newConst();
}

export function defNative(name: number, min: number, max: number, fn: Native, data?: number): number {
  const k = newConst();
  NATIVE[k] = fn;
  if (data) NATIVE_DATA[k] = data;
  NATIVE_NAME[k] = name;
  NATIVE_ARGS[k] = (min << 8) | max;
  CONST_TYPE[k] = TV.builtin;
  return tv(k);
}

// A sorted table of (qstr value, value) pairs, searched by bisection.
export function romMap(pairs: number[]): Int32Array {
  const n = pairs.length >> 1;
  const idx: number[] = [];
  for (let k = 0; k < n; k++) idx.push(k);
  idx.sort(function (x, y) {
    return pairs[2 * x] - pairs[2 * y];
  });
  const m = new Int32Array(n * 2);
  for (let k = 0; k < n; k++) {
    m[2 * k] = pairs[2 * idx[k]];
    m[2 * k + 1] = pairs[2 * idx[k] + 1];
  }
  return m;
}

export function romLookup(m: Int32Array, key: number): number {
  let lo = 0,
    hi = (m.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = m[2 * mid];
    if (k === key) return m[2 * mid + 1];
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

// ---- what type a value has ----

export function typeOf(v: number): number {
  if (v & 1) return TV.int;
  if (v & 2) return TV.str;
  if (v & 4) return CONST_TYPE[v >> 3];
  return i32[v >> 2];
}

// The builtin type a type value stands for, or its native base for a user class.
export function nativeType(t: number): number {
  return t & 4 ? t : i32[(t >> 2) + 5];
}

export function typeInfo(t: number): TypeInfo {
  return TYPES[nativeType(t) >> 3];
}

export function isSubtype(t: number, base: number): boolean {
  for (;;) {
    if (t === base) return true;
    if (t & 4) {
      const b = TYPES[t >> 3].base;
      if (!b) return base === TV.object;
      t = b;
    } else {
      // user class: search its mro tuple
      const mro = i32[(t >> 2) + 4];
      const mw = mro >> 2;
      const n = i32[mw + 1] >> 1;
      for (let k = 0; k < n; k++) if (i32[mw + 2 + k] === base) return true;
      return base === TV.object;
    }
  }
}

export function isInstance(v: number, t: number): boolean {
  return isSubtype(typeOf(v), t);
}

export function typeName(t: number): string {
  if (t & 4) return qstrStr(TYPES[t >> 3].name);
  return qstrStr(i32[(t >> 2) + 1] >> 2);
}

// ---- ints ----

export const SMALL_MAX = 0x3fffffff;
export const SMALL_MIN = -0x40000000;

export function smallInt(n: number): number {
  return (n << 1) | 1;
}

// A JS integer as a Python int: small when it fits, else a big int (hook set by int.ts).
export let intFromNumber: (n: number) => number = function (n: number): number {
  return (n << 1) | 1;
};
export function setIntFromNumber(f: (n: number) => number): void {
  intFromNumber = f;
}
export function mkInt(n: number): number {
  return n >= SMALL_MIN && n <= SMALL_MAX ? (n << 1) | 1 : intFromNumber(n);
}

export function bool(b: boolean): number {
  return b ? C.True : C.False;
}

// ---- floats ----

export function newFloat(x: number): number {
  const p = alloc(TV.float, 16);
  f64[(p + FLOAT_VAL) >> 3] = x;
  return p;
}
export function floatVal(v: number): number {
  return f64[(v + FLOAT_VAL) >> 3];
}
export function isFloat(v: number): boolean {
  return (v & 7) === 0 && v !== 0 && i32[v >> 2] === TV.float;
}

// ---- strings and bytes ----

export function isStr(v: number): boolean {
  return (v & 3) === 2 || ((v & 15) === 0 && v !== 0 && i32[v >> 2] === TV.str);
}

// Allocates a str (or bytes, with type TV.bytes) of n bytes; the caller fills the bytes, then
// calls strDone to compute hash and character count.
export function newStrRaw(type: number, n: number): number {
  const p = alloc(type, STR_HDR + n);
  i32[(p >> 2) + 2] = n;
  return p;
}

export function strDone(p: number): number {
  const w = p >> 2;
  const n = i32[w + 2];
  const b = p + STR_HDR;
  i32[w + 1] = hashBytes(b, n);
  let chars = 0;
  for (let k = 0; k < n; k++) if ((u8[b + k] & 0xc0) !== 0x80) chars++;
  i32[w + 3] = chars;
  return p;
}

// A str of JS string s, or with type TV.bytes its UTF-8 bytes.
export function newStr(s: string, type?: number): number {
  if (s.length === 0 && !type) return (Q.empty << 2) | 2;
  const n = utf8Length(s);
  const p = newStrRaw(type || TV.str, n);
  utf8Encode(s, p + STR_HDR);
  return strDone(p);
}

export function newBytes(type: number, bytes: ArrayLike<number>): number {
  const n = bytes.length;
  const p = newStrRaw(type, n);
  for (let k = 0; k < n; k++) u8[p + STR_HDR + k] = bytes[k];
  return strDone(p);
}

// Address and length (in bufLen) of the UTF-8 bytes of a str or bytes value. A static qstr has no
// heap copy: its text is copied into one of two scratch buffers, used in turn, so that a caller may
// hold the bytes of two strings at once. The buffers are made at start (scratchInit) so that this
// never allocates.
export let bufLen = 0;
let scratchTurn = 0;
export function scratchInit(maxLen: number): void {
  i32[R.scratch1] = alloc(TV.rawbuf, STR_HDR + maxLen);
  i32[R.scratch2] = alloc(TV.rawbuf, STR_HDR + maxLen);
}
export function strBuf(v: number): number {
  if ((v & 3) === 2) {
    const q = v >> 2;
    const o = qstrObj(q);
    if (o !== 0) {
      bufLen = i32[(o >> 2) + 2];
      return o + STR_HDR;
    }
    const s = qstrStr(q);
    const n = s.length;
    const sp = i32[scratchTurn ? R.scratch2 : R.scratch1];
    scratchTurn ^= 1;
    for (let k = 0; k < n; k++) u8[sp + STR_HDR + k] = s.charCodeAt(k);
    bufLen = n;
    return sp + STR_HDR;
  }
  bufLen = i32[(v >> 2) + 2];
  return v + STR_HDR;
}

export function strHash(v: number): number {
  return (v & 3) === 2 ? qstrHash(v >> 2) : i32[(v >> 2) + 1];
}

export function strByteLen(v: number): number {
  return (v & 3) === 2 ? utf8Length(qstrStr(v >> 2)) : i32[(v >> 2) + 2];
}

// JS string of a str value (or of bytes, byte per char when latin is set).
export function toJs(v: number): string {
  if ((v & 3) === 2) return qstrStr(v >> 2);
  // a value that is not str or bytes would be read as bytes from wherever it points (print(end=5)
  // printed the heap): MicroPython's mp_obj_str_get_str raises this instead
  if ((v & 15) !== 0 || v === 0 || (i32[v >> 2] !== TV.str && i32[v >> 2] !== TV.bytes))
    typeError("can't convert '" + typeName(typeOf(v)) + "' object to str implicitly");
  return utf8Decode(v + STR_HDR, i32[(v >> 2) + 2]);
}

export function strEq(a: number, b: number): boolean {
  if (a === b) return true;
  if ((a & 3) === 2 && (b & 3) === 2) return false;
  if (strHash(a) !== strHash(b)) return false;
  const pa = strBuf(a),
    na = bufLen;
  const pb = strBuf(b);
  if (na !== bufLen) return false;
  for (let k = 0; k < na; k++) if (u8[pa + k] !== u8[pb + k]) return false;
  return true;
}

// ---- tuples, lists, value arrays ----

export function newTuple(n: number): number {
  const p = alloc(TV.tuple, 8 + n * 4);
  i32[(p >> 2) + 1] = (n << 1) | 1;
  return p;
}
// (a tuple's length word is where a list's is)
export const tupleLen = listLen;

export function newValArr(n: number): number {
  const p = alloc(TV.valarr, 8 + n * 4);
  i32[(p >> 2) + 1] = (n << 1) | 1;
  return p;
}

export function newList(n: number): number {
  const items = newValArr(n < 4 ? 4 : n);
  pushRoot(items);
  const p = alloc(TV.list, 12);
  popRoots(1);
  i32[(p >> 2) + 1] = (n << 1) | 1;
  i32[(p >> 2) + 2] = items;
  return p;
}
export function listLen(v: number): number {
  return i32[(v >> 2) + 1] >> 1;
}
// word index of item 0 of a list
export function listItems(v: number): number {
  return (i32[(v >> 2) + 2] >> 2) + 2;
}
export function listAppend(l: number, x: number): void {
  const w = l >> 2;
  const n = i32[w + 1] >> 1;
  let items = i32[w + 2];
  const cap = i32[(items >> 2) + 1] >> 1;
  if (n >= cap) {
    pushRoot(l);
    pushRoot(x);
    const ni = newValArr(cap + (cap >> 1) + 4);
    popRoots(2);
    for (let k = 0; k < n; k++) i32[(ni >> 2) + 2 + k] = i32[(items >> 2) + 2 + k];
    i32[w + 2] = ni;
    items = ni;
  }
  i32[(items >> 2) + 2 + n] = x;
  i32[w + 1] = ((n + 1) << 1) | 1;
}

// ---- exceptions ----

// Thrown through JS to carry a Python exception (the value is at root R.excRaising).
export const THROWN = { py: true };

// A syntax error from the lexer or compiler, thrown as a JS object (before any Python exception
// can be made: the REPL reports it with its line) and raised as SyntaxError or IndentationError
// by the compiler's caller (code.ts). Here, not in the compiler: the compiler's code is made for
// each compilation in the engine bundles (rollup.config.mjs), and instanceof needs one class.
export class PySyntaxError {
  msg: string;
  line: number;
  indent: boolean;
  constructor(msg: string, line: number, indent: boolean) {
    this.msg = expandMessage(msg);
    this.line = line;
    this.indent = indent;
  }
}

export function newException(type: number, args: number): number {
  pushRoot(args);
  const e = alloc(type, 16);
  popRoots(1);
  i32[(e >> 2) + EXC.args] = args;
  return e;
}

export function raiseObj(e: number): never {
  i32[R.excRaising] = e;
  throw THROWN;
}

// The engine bundles store their error messages with the pieces they share most as control
// characters (tools/message-words.mjs, which writes the pieces into the literal below, each after a
// "|"): \x01-\x08 stand for pieces 1-8, \x0e-\x1f for 9-26. The Node bundle's messages are as
// written, and its literal has no piece. (A literal, not a table made at load: on Espruino that
// would be RAM for as long as the board runs.)
export function expandMessage(m: string): string {
  let out = "";
  for (let i = 0; i < m.length; i++) {
    const c = m.charCodeAt(i);
    const k = c < 9 ? c : c > 13 && c < 32 ? c - 5 : 0;
    const piece = k ? "@@message pieces@@".split("|")[k] : undefined;
    out += piece === undefined ? m.charAt(i) : piece;
  }
  return out;
}

// Raises type(msg) (msg omitted: no arguments).
export function raise(type: number, msg?: string): never {
  let args: number;
  if (msg === undefined) args = newTuple(0);
  else {
    const s = newStr(expandMessage(msg));
    pushRoot(s);
    args = newTuple(1);
    popRoots(1);
    i32[(args >> 2) + 2] = s;
  }
  raiseObj(newException(type, args));
}

export function raiseArgs(type: number, arg: number): never {
  pushRoot(arg);
  const args = newTuple(1);
  popRoots(1);
  i32[(args >> 2) + 2] = arg;
  raiseObj(newException(type, args));
}

export function typeError(msg: string): never {
  raise(tv(T.TypeError), msg);
}
export function valueError(msg: string): never {
  raise(tv(T.ValueError), msg);
}
