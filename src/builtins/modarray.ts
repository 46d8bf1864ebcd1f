// array: typed arrays of numbers. Layout [type, typecode index(si), length(si), buffer] with the
// items little-endian in a TV.rawbuf block after its 16-byte header (grown with growBuf, so its
// address is read again after any allocation). Item sizes are a 32-bit board's (l, L: 4 bytes).

import { i32, u8, alloc, growBuf, pushRoot, popRoots, rsp, setRsp } from "../gc/heap";
import { C, T, TV, tv, STR_HDR } from "../core/types";
import { Q } from "../core/qstrdefs";
import {
  defType, defNative, newTypeIndex, romMap, typeOf, typeName, raise, typeError, valueError, bool, mkInt, newFloat, isFloat,
  isStr, toJs, newList, listAppend,
} from "../core/obj";
import { qv, reprOf, equals, compareOp, getIter, iterNext } from "../core/runtime";
import { BinOp, CmpOp } from "../core/bytecode";
import { isBig, toMpz, fromMpz } from "../core/int";
import * as mpz from "../core/mpz";
import { defModule } from "./modules";
import { bytesTxt, newBytesFrom, setArrayBuffer, setBufferLen } from "./objbytes";
import { isIntLike, asInt } from "./objint";
import { sliceIndices, sliceCount, isSlice } from "./objrange";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { toFloat, toInt, floatBytes, bytesFloat } from "./modutil";

const CODES = "bBhHiIlLqQfd";
const SIZES = [1, 1, 2, 2, 4, 4, 4, 4, 8, 8, 4, 8];
const NAMES = ["signed char", "unsigned byte integer", "signed short integer", "unsigned short", "signed integer", "unsigned int", "signed long", "unsigned long"];

let T_ARRAY = 0;

function code(arr: number): number {
  return i32[(arr >> 2) + 1] >> 1;
}
function alen(arr: number): number {
  return i32[(arr >> 2) + 2] >> 1;
}
function addr(arr: number): number {
  return i32[(arr >> 2) + 3] + STR_HDR;
}
function setLen(arr: number, n: number): void {
  i32[(arr >> 2) + 2] = (n << 1) | 1;
}

// makes room for n items
function ensure(arr: number, n: number): void {
  pushRoot(arr);
  i32[(arr >> 2) + 3] = growBuf(i32[(arr >> 2) + 3], TV.rawbuf, STR_HDR + n * SIZES[code(arr)]);
  popRoots(1);
}

function newArray(c: number, n: number): number {
  const buf = growBuf(0, TV.rawbuf, STR_HDR + n * SIZES[c]);
  pushRoot(buf);
  const arr = alloc(T_ARRAY, 16);
  popRoots(1);
  i32[(arr >> 2) + 1] = (c << 1) | 1;
  i32[(arr >> 2) + 3] = buf;
  setLen(arr, n);
  return arr;
}

function getItem(arr: number, k: number): number {
  const c = code(arr),
    sz = SIZES[c];
  const p = addr(arr) + k * sz;
  if (c >= 10) return newFloat(bytesFloat(u8, p, sz));
  if (sz === 8) {
    const bytes: number[] = [];
    for (let j = 0; j < 8; j++) bytes.push(u8[p + j]);
    return fromMpz(mpz.fromBytes(bytes, false, (c & 1) === 0));
  }
  let x = 0;
  for (let j = sz - 1; j >= 0; j--) x = x * 256 + u8[p + j];
  if ((c & 1) === 0 && u8[p + sz - 1] >= 128) x -= sz === 4 ? 4294967296 : 1 << (sz * 8);
  return mkInt(x);
}

// the bytes of value v as an item of typecode c
function itemBytes(c: number, v: number): number[] {
  const sz = SIZES[c];
  const out: number[] = [];
  if (c >= 10) {
    if (!isIntLike(v) && !isFloat(v)) typeError("must be real number, not " + typeName(typeOf(v)));
    const b = floatBytes(toFloat(v), sz);
    for (let j = 0; j < sz; j++) out.push(b[j]);
    return out;
  }
  if (!isIntLike(v)) typeError(isFloat(v) ? "integer argument expected, got float" : "an integer is required (got type " + typeName(typeOf(v)) + ")");
  v = asInt(v);
  const signed = (c & 1) === 0;
  if (v & 1 && sz <= 4) {
    let x = v >> 1;
    const lim = sz === 4 ? 4294967296 : 1 << (sz * 8);
    if (signed ? x >= lim / 2 : x >= lim) raise(tv(T.OverflowError), NAMES[c] + " is greater than maximum");
    if (signed ? x < -lim / 2 : x < 0) raise(tv(T.OverflowError), NAMES[c] + " is less than minimum");
    if (x < 0) x += lim;
    for (let j = 0; j < sz; j++) {
      out.push(x & 255);
      x = Math.floor(x / 256);
    }
    return out;
  }
  const b = mpz.toBytes(isBig(v) ? toMpz(v) : mpz.fromNumber(v >> 1), sz, false, signed);
  if (b === null) {
    if (sz === 8) raise(tv(T.OverflowError), "Python int too large to convert to C " + (signed ? "long" : "unsigned long"));
    raise(tv(T.OverflowError), NAMES[c] + (isBig(v) && i32[(v >> 2) + 1] === 1 ? " is less than minimum" : " is greater than maximum"));
  }
  return b;
}

function setItem(arr: number, k: number, v: number): void {
  const b = itemBytes(code(arr), v);
  const p = addr(arr) + k * b.length;
  for (let j = 0; j < b.length; j++) u8[p + j] = b[j];
}

function appendItem(arr: number, v: number): void {
  const b = itemBytes(code(arr), v);
  const n = alen(arr);
  ensure(arr, n + 1);
  const p = addr(arr) + n * b.length;
  for (let j = 0; j < b.length; j++) u8[p + j] = b[j];
  setLen(arr, n + 1);
}

function isArray(v: number): boolean {
  return typeOf(v) === T_ARRAY;
}

// appends the bytes s (whole items) to arr
function addBytes(arr: number, s: string): void {
  const sz = SIZES[code(arr)];
  if (s.length % sz) valueError("bytes length not a multiple of item size");
  const n = alen(arr);
  ensure(arr, n + s.length / sz);
  const p = addr(arr) + n * sz;
  for (let k = 0; k < s.length; k++) u8[p + k] = s.charCodeAt(k);
  setLen(arr, n + s.length / sz);
}

function arrBytes(arr: number, from: number, to: number): string {
  const sz = SIZES[code(arr)];
  const p = addr(arr);
  let s = "";
  for (let k = from * sz; k < to * sz; k++) s += String.fromCharCode(u8[p + k]);
  return s;
}

function extend(arr: number, src: number): void {
  const base = rsp;
  pushRoot(arr);
  pushRoot(src);
  if (isArray(src)) {
    if (code(src) !== code(arr)) typeError("can only extend with array of same kind");
    addBytes(arr, arrBytes(src, 0, alen(src)));
  } else {
    const it = getIter(src);
    pushRoot(it);
    for (;;) {
      const x = iterNext(it);
      if (x === 0) break;
      appendItem(arr, x);
    }
  }
  setRsp(base);
}

function index(arr: number, k: number): number {
  const n = alen(arr);
  let i = toInt(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(tv(T.IndexError), "array index out of range");
  return i;
}

// removes items [from, to)
function cut(arr: number, from: number, to: number): void {
  const sz = SIZES[code(arr)];
  const n = alen(arr);
  const p = addr(arr);
  for (let k = to * sz; k < n * sz; k++) u8[p + k - (to - from) * sz] = u8[p + k];
  setLen(arr, n - (to - from));
}

function find(arr: number, x: number): number {
  for (let k = 0; k < alen(arr); k++) if (equals(getItem(arr, k), x)) return k;
  return -1;
}

const ITER = defIterKind(function (it) {
  const arr = iterObj(it);
  const k = iterPos(it);
  if (k >= alen(arr)) return 0;
  setIterPos(it, k + 1);
  return getItem(arr, k);
});

function copyOf(arr: number, from: number, to: number): number {
  pushRoot(arr);
  const r = newArray(code(arr), 0);
  pushRoot(r);
  addBytes(r, arrBytes(arr, from, to));
  popRoots(2);
  return r;
}

const METHODS: any[] = [
  Q.append, 2, 2, function (a: number): number {
    appendItem(i32[a], i32[a + 1]);
    return C.None;
  },
  Q.extend, 2, 2, function (a: number): number {
    extend(i32[a], i32[a + 1]);
    return C.None;
  },
  Q.insert, 3, 3, function (a: number): number {
    const arr = i32[a];
    const n = alen(arr);
    let i = toInt(i32[a + 1]);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const b = itemBytes(code(arr), i32[a + 2]);
    ensure(arr, n + 1);
    const sz = b.length,
      p = addr(arr);
    for (let k = n * sz - 1; k >= i * sz; k--) u8[p + k + sz] = u8[p + k];
    for (let j = 0; j < sz; j++) u8[p + i * sz + j] = b[j];
    setLen(arr, n + 1);
    return C.None;
  },
  Q.pop, 1, 2, function (a: number, n: number): number {
    const arr = i32[a];
    if (alen(arr) === 0) raise(tv(T.IndexError), "pop from empty array");
    const i = n > 1 ? index(arr, i32[a + 1]) : alen(arr) - 1;
    const v = getItem(arr, i);
    cut(arr, i, i + 1);
    return v;
  },
  Q.remove, 2, 2, function (a: number): number {
    const k = find(i32[a], i32[a + 1]);
    if (k < 0) valueError("array.remove(x): x not in array");
    cut(i32[a], k, k + 1);
    return C.None;
  },
  Q.index, 2, 2, function (a: number): number {
    const k = find(i32[a], i32[a + 1]);
    if (k < 0) valueError("array.index(x): x not in array");
    return mkInt(k);
  },
  Q.count, 2, 2, function (a: number): number {
    let c = 0;
    for (let k = 0; k < alen(i32[a]); k++) if (equals(getItem(i32[a], k), i32[a + 1])) c++;
    return mkInt(c);
  },
  Q.reverse, 1, 1, function (a: number): number {
    const arr = i32[a];
    const sz = SIZES[code(arr)],
      n = alen(arr),
      p = addr(arr);
    for (let k = 0; k < n >> 1; k++) {
      for (let j = 0; j < sz; j++) {
        const x = u8[p + k * sz + j];
        u8[p + k * sz + j] = u8[p + (n - 1 - k) * sz + j];
        u8[p + (n - 1 - k) * sz + j] = x;
      }
    }
    return C.None;
  },
  Q.tobytes, 1, 1, function (a: number): number {
    return newBytesFrom(TV.bytes, arrBytes(i32[a], 0, alen(i32[a])));
  },
  Q.frombytes, 2, 2, function (a: number): number {
    const t = bytesTxt(i32[a + 1]);
    if (t === null || isStr(i32[a + 1])) typeError("a bytes-like object is required, not '" + typeName(typeOf(i32[a + 1])) + "'");
    addBytes(i32[a], t);
    return C.None;
  },
  Q.tolist, 1, 1, function (a: number): number {
    const l = newList(0);
    pushRoot(l);
    for (let k = 0; k < alen(i32[a]); k++) listAppend(l, getItem(i32[a], k));
    popRoots(1);
    return l;
  },
  Q.fromlist, 2, 2, function (a: number): number {
    if (typeOf(i32[a + 1]) !== TV.list) typeError("arg must be list");
    extend(i32[a], i32[a + 1]);
    return C.None;
  },
];

function compare(op: number, a: number, b: number): number {
  if (!isArray(b)) return 0;
  const na = alen(a),
    nb = alen(b);
  const base = rsp;
  for (let k = 0; k < na && k < nb; k++) {
    const x = getItem(a, k);
    pushRoot(x);
    const y = getItem(b, k);
    pushRoot(y);
    if (!equals(x, y)) {
      const r = op === CmpOp.EQ ? C.False : op === CmpOp.NE ? C.True : compareOp(op, x, y);
      setRsp(base);
      return r;
    }
    setRsp(base);
  }
  const r = op === CmpOp.LT ? na < nb : op === CmpOp.LE ? na <= nb : op === CmpOp.GT ? na > nb : op === CmpOp.GE ? na >= nb : op === CmpOp.EQ ? na === nb : na !== nb;
  return bool(r);
}

function initArrayType(): void {
  const locals: number[] = [];
  for (let k = 0; k < METHODS.length; k += 4) locals.push(qv(METHODS[k]), defNative(METHODS[k], METHODS[k + 1], METHODS[k + 2], METHODS[k + 3]));
  T_ARRAY = defType(newTypeIndex(), Q.array, TV.object, {
    make: function (a, n) {
      if (n < 1 || n > 2) typeError("array() takes at most 2 arguments (" + n + " given)");
      const tc = i32[a];
      const s = isStr(tc) ? toJs(tc) : "";
      const c = s.length === 1 ? CODES.indexOf(s) : -1;
      if (!isStr(tc) || s.length !== 1) typeError("array() argument 1 must be a unicode character, not " + typeName(typeOf(tc)));
      if (c < 0) valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
      const arr = newArray(c, 0);
      if (n > 1) {
        pushRoot(arr);
        const init = i32[a + 1];
        if (isStr(init)) typeError("cannot use a str to initialize an array with typecode '" + s + "'");
        const t = isArray(init) ? null : bytesTxt(init);
        if (t !== null) addBytes(arr, t);
        else extend(arr, init);
        popRoots(1);
      }
      return arr;
    },
    repr: function (arr) {
      const c = CODES.charAt(code(arr));
      if (alen(arr) === 0) return "array('" + c + "')";
      let s = "";
      for (let k = 0; k < alen(arr); k++) s += (k ? ", " : "") + reprOf(getItem(arr, k));
      return "array('" + c + "', [" + s + "])";
    },
    len: alen,
    iter: function (arr) {
      return newIter(ITER, arr, 0);
    },
    getitem: function (arr, k) {
      if (isSlice(k)) {
        const r = sliceIndices(k, alen(arr));
        if (r[2] === 1) return copyOf(arr, r[0], r[1] > r[0] ? r[1] : r[0]);
        const res = newArray(code(arr), 0);
        pushRoot(res);
        const cnt = sliceCount(r);
        for (let j = 0; j < cnt; j++) addBytes(res, arrBytes(arr, r[0] + j * r[2], r[0] + j * r[2] + 1));
        popRoots(1);
        return res;
      }
      return getItem(arr, index(arr, k));
    },
    setitem: function (arr, k, x) {
      if (isSlice(k)) {
        const r = sliceIndices(k, alen(arr));
        if (r[2] !== 1) valueError("extended slice assignment not supported");
        const to = r[1] > r[0] ? r[1] : r[0];
        if (x === 0) {
          cut(arr, r[0], to);
          return;
        }
        if (!isArray(x) || code(x) !== code(arr)) typeError("can only assign array (not \"" + typeName(typeOf(x)) + "\") to array slice");
        const ins = arrBytes(x, 0, alen(x));
        const tail = arrBytes(arr, to, alen(arr));
        setLen(arr, r[0]);
        addBytes(arr, ins + tail);
        return;
      }
      const i = index(arr, k);
      if (x === 0) cut(arr, i, i + 1);
      else setItem(arr, i, x);
    },
    contains: function (arr, x) {
      return find(arr, x) >= 0;
    },
    eq: function (a, b) {
      return compare(CmpOp.EQ, a, b);
    },
    cmp: compare,
    binop: function (op, a, b) {
      if (op === BinOp.ADD || op === BinOp.N + BinOp.ADD) {
        if (!isArray(b) || !isArray(a)) return 0;
        if (code(a) !== code(b)) typeError("bad argument type for built-in operation");
        const r = copyOf(a, 0, alen(a));
        pushRoot(r);
        addBytes(r, arrBytes(b, 0, alen(b)));
        popRoots(1);
        return r;
      }
      if (op === BinOp.MUL || op === BinOp.N + BinOp.MUL) {
        const arr = isArray(a) ? a : b;
        const m = arr === a ? b : a;
        if (!isIntLike(m)) return 0;
        const times = toInt(m);
        const s = arrBytes(arr, 0, alen(arr));
        const r = newArray(code(arr), 0);
        if (s === "" || times <= 0) return r;
        pushRoot(r);
        ensure(r, alen(arr) * times); // the heap says no before any text is built
        for (let k = 0; k < times; k++) addBytes(r, s);
        popRoots(1);
        return r;
      }
      return 0;
    },
    attr: function (arr, q) {
      if (q === qv(Q.typecode)) return qv(CODE_Q[code(arr)]);
      if (q === qv(Q.itemsize)) return mkInt(SIZES[code(arr)]);
      return 0;
    },
    locals: romMap(locals),
  });
}

const CODE_Q = [Q.b, Q.B, Q.h, Q.H, Q.i, Q.I, Q.l, Q.L, Q.q, Q.Q, Q.f, Q.d];

// The buffer protocol for arrays (bytes(a), memoryview(a), struct.unpack(f, a)...): the address of
// the items (byte length in arrayLen), valid until the array grows; -1 for other values.
export let arrayLen = 0;
export function arrayAddr(v: number): number {
  if (T_ARRAY === 0 || !isArray(v)) return -1;
  arrayLen = alen(v) * SIZES[code(v)];
  return addr(v);
}

export function initArray(): void {
  setArrayBuffer(function (v) {
    const p = arrayAddr(v);
    setBufferLen(arrayLen);
    return p;
  });
  const table = function () {
    if (T_ARRAY === 0) initArrayType();
    return [qv(Q.array), T_ARRAY, qv(Q.typecodes), qv(Q.bBhHiIlLqQfd)];
  };
  defModule(Q.array, table);
}



