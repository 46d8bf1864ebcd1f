// range and slice.
// range: [type, start, stop, step] (ints within 2^53); slice: [type, start, stop, step] (any values)

import { i32, alloc, pushRoot, popRoots } from "../gc/heap";
import { C, T, TV } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, typeOf, raise, typeError, valueError, bool, mkInt, romMap, defNative, newTuple, isFloat, floatVal, TYPES } from "../core/obj";
import { toMpz } from "../core/int";
import * as mpz from "../core/mpz";
import { reprOf, equals } from "../core/runtime";
import { intToJs } from "../core/int";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { named } from "./modutil";

export function isSlice(v: number): boolean {
  return (v & 15) === 0 && v !== 0 && i32[v >> 2] === TV.slice;
}

function idx(v: number): number {
  if (v & 1) return v >> 1;
  if (v === C.True) return 1;
  if (v === C.False) return 0;
  if (typeOf(v) === TV.int) {
    // clamp big values
    return i32[(v >> 2) + 1] === 1 ? -0x3fffffff : 0x3fffffff;
  }
  typeError("slice indices must be integers or None or have an __index__ method");
}

// [start, stop, step] of a slice applied to a sequence of length len, as CPython computes them
export function sliceIndices(sl: number, len: number): number[] {
  const w = sl >> 2;
  const vstep = i32[w + 3];
  const step = vstep === C.None ? 1 : idx(vstep);
  if (step === 0) valueError("slice step can't be zero");
  return [bound(i32[w + 1], len, step, step < 0 ? len - 1 : 0), bound(i32[w + 2], len, step, step < 0 ? -1 : len), step];
}

// a slice's start or stop v (dflt when None) within a sequence of length len
function bound(v: number, len: number, step: number, dflt: number): number {
  if (v === C.None) return dflt;
  let i = idx(v);
  if (i < 0) {
    i += len;
    if (i < 0) i = step < 0 ? -1 : 0;
  } else if (i >= len) i = step < 0 ? len - 1 : len;
  return i;
}

// number of items a (start, stop, step) selects
export function sliceCount(r: number[]): number {
  const start = r[0],
    stop = r[1],
    step = r[2];
  if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export function newRange(start: number, stop: number, step: number): number {
  const r = alloc(TV.range, 16);
  pushRoot(r);
  const w = r >> 2;
  i32[w + 1] = mkInt(start);
  i32[w + 2] = mkInt(stop);
  i32[w + 3] = mkInt(step);
  popRoots(1);
  return r;
}

function rangeParts(r: number): number[] {
  const w = r >> 2;
  return [intToJs(i32[w + 1]), intToJs(i32[w + 2]), intToJs(i32[w + 3])];
}

// the position of x in range r, or -1
function rangeFind(r: number[], x: number): number {
  let v: number;
  if (x & 1 || x === C.True || x === C.False || typeOf(x) === TV.int) {
    const m = toMpz(asIndex(x));
    if (m.d.length > 4) return -1;
    v = mpz.toSmall(m);
  } else if (isFloat(x)) v = floatVal(x);
  else return -1;
  const k = (v - r[0]) / r[2];
  return k === Math.floor(k) && k >= 0 && k < sliceCount(r) ? k : -1;
}

export function rangeLen(r: number): number {
  const p = rangeParts(r);
  return sliceCount(p);
}

const RANGE_ITER = defIterKind(function (it) {
  const r = rangeParts(iterObj(it));
  const k = iterPos(it);
  const v = r[0] + k * r[2];
  if (r[2] > 0 ? v >= r[1] : v <= r[1]) return 0;
  setIterPos(it, k + 1);
  return mkInt(v);
});

function rangeIndex(a: number): number {
  const k = rangeFind(rangeParts(i32[a]), i32[a + 1]);
  if (k < 0) valueError(reprOf(i32[a + 1]) + " is not in range");
  return mkInt(k);
}

function rangeCount(a: number): number {
  return rangeFind(rangeParts(i32[a]), i32[a + 1]) < 0 ? 1 : 3;
}

const enum QV {
  start = (Q.start << 2) | 2,
  stop = (Q.stop << 2) | 2,
  step = (Q.step << 2) | 2,
  __index__ = (Q.__index__ << 2) | 2,
}

// the attr slot of range and slice: [type, start, stop, step]
function startStopStep(v: number, name: number): number {
  const k = [QV.start, QV.stop, QV.step].indexOf(name);
  return k < 0 ? 0 : i32[(v >> 2) + 1 + k];
}

export function initRange(): void {
  defType(T.range, Q.range, TV.object, {
    make: function (a, n) {
      if (n < 1 || n > 3) typeError("range expected at most 3 arguments, got " + n);
      let start = 0,
        stop: number,
        step = 1;
      if (n === 1) stop = intToJs(asIndex(i32[a]));
      else {
        start = intToJs(asIndex(i32[a]));
        stop = intToJs(asIndex(i32[a + 1]));
        if (n === 3) step = intToJs(asIndex(i32[a + 2]));
      }
      if (step === 0) valueError("zero step");
      return newRange(start, stop, step);
    },
    repr: function (v) {
      const r = rangeParts(v);
      return "range(" + r[0] + ", " + r[1] + (r[2] !== 1 ? ", " + r[2] : "") + ")";
    },
    len: rangeLen,
    hash: function (v) {
      const r = rangeParts(v);
      const n = sliceCount(r);
      return (n * 31 + (n > 0 ? r[0] % 1000003 : 0) * 17 + (n > 1 ? r[2] % 1000003 : 0)) % 1073741823;
    },
    iter: function (v) {
      return newIter(RANGE_ITER, v, 0);
    },
    getitem: function (v, k) {
      const r = rangeParts(v);
      const len = sliceCount(r);
      if (isSlice(k)) {
        const s = sliceIndices(k, len);
        return newRange(r[0] + s[0] * r[2], r[0] + s[1] * r[2], r[2] * s[2]);
      }
      let i = intToJs(asIndex(k));
      if (i < 0) i += len;
      if (i < 0 || i >= len) raise(((T.IndexError << 3) | 4), "range index out of range");
      return mkInt(r[0] + i * r[2]);
    },
    contains: function (v, x) {
      return rangeFind(rangeParts(v), x) >= 0;
    },
    eq: function (a, b) {
      if (typeOf(b) !== TV.range) return 0;
      const x = rangeParts(a),
        y = rangeParts(b);
      const nx = sliceCount(x),
        ny = sliceCount(y);
      if (nx !== ny) return C.False;
      if (nx === 0) return C.True;
      if (x[0] !== y[0]) return C.False;
      return bool(nx === 1 || x[2] === y[2]);
    },
    attr: startStopStep,
    // range.index and range.count: CPython's, the full profile
    locals: MPJS_FULL ? romMap(named([defNative(Q.index, 2, 2, rangeIndex), defNative(Q.count, 2, 2, rangeCount)])) : null,
  });
  defType(T.slice, Q.slice, TV.object, {
    make: function (a, n) {
      const s = alloc(TV.slice, 16);
      const w = s >> 2;
      if (n === 1) {
        i32[w + 1] = C.None;
        i32[w + 2] = i32[a];
        i32[w + 3] = C.None;
      } else {
        i32[w + 1] = i32[a];
        i32[w + 2] = i32[a + 1];
        i32[w + 3] = n > 2 ? i32[a + 2] : C.None;
      }
      return s;
    },
    repr: function (v) {
      const w = v >> 2;
      return "slice(" + reprOf(i32[w + 1]) + ", " + reprOf(i32[w + 2]) + ", " + reprOf(i32[w + 3]) + ")";
    },
    attr: startStopStep,
  });  // slice equality and slice.indices(): CPython's, the full profile
  if (MPJS_FULL) {
    const si = TYPES[T.slice];
    si.eq = function (a, b) {
      if (!isSlice(b)) return 0;
      for (let k = 1; k < 4; k++) if (!equals(i32[(a >> 2) + k], i32[(b >> 2) + k])) return C.False;
      return C.True;
    };
    si.locals = romMap(
      named([
        defNative(Q.indices, 2, 2, function (a) {
          const n = intToJs(asIndex(i32[a + 1]));
          if (n < 0) valueError("length should not be negative");
          const r = sliceIndices(i32[a], n);
          const t = newTuple(3);
          pushRoot(t);
          for (let k = 0; k < 3; k++) i32[(t >> 2) + 2 + k] = mkInt(r[k]);
          popRoots(1);
          return t;
        }),
      ]),
    );
  }
}

import { isUserInstance, lookupType, callMethod0 } from "../core/runtime";
export function asIndex(v: number): number {
  if (v & 1) return v;
  if (v === C.True) return 3;
  if (v === C.False) return 1;
  const t = typeOf(v);
  if (t === TV.int) return v;
  if (isUserInstance(v)) {
    const m = lookupType(t, QV.__index__);
    if (m !== 0) return callMethod0(m, v);
  }
  typeError("'" + typeName(t) + "' object cannot be interpreted as an integer");
}
import { typeName } from "../core/obj";
