// list and tuple.
// tuple: [type, length(si), items...]; list: [type, length(si), items valarr]

import { i32, pushRoot, popRoots, rsp, setRsp, checkHostLen } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { spend } from "../core/vm";
import {
  TypeInfo,
  defType,
  defNative,
  romMap,
  typeOf,
  raise,
  typeError,
  valueError,
  bool,
  mkInt,
  newTuple,
  newList,
  newValArr,
  listLen,
  listItems,
  listAppend,
} from "../core/obj";
import { BinOp, CmpOp } from "../core/bytecode";
import { reprOf, equals, compareOp, truthy, getIter, iterNext, call1, hashOf } from "../core/runtime";
import { intToJs } from "../core/int";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { sliceIndices, sliceCount, isSlice, asIndex } from "./objrange";
import { consumeInPython } from "./consume";

const enum EV {
  IndexError = (T.IndexError << 3) | 4,
  MemoryError = (T.MemoryError << 3) | 4,
}

// ---- shared sequence helpers: items at word index w, n of them ----

// (a list, or a tuple or a builtin tuple type as os.uname()'s, which has the tuple's layout)
export function seqItems(v: number): number {
  return typeOf(v) === TV.list ? listItems(v) : (v >> 2) + 2;
}
export function seqLen(v: number): number {
  return typeOf(v) === TV.list ? listLen(v) : i32[(v >> 2) + 1] >> 1;
}
export function isListOrTuple(v: number): boolean {
  const t = typeOf(v);
  return t === TV.list || t === TV.tuple;
}

// the containers whose repr is being computed: a container inside itself prints as [...] / {...}
const reprActive: number[] = [];
export function reprGuarded(v: number, open: string, close: string, body: (v: number) => string): string {
  for (let k = 0; k < reprActive.length; k++) if (reprActive[k] === v) return open + "..." + close;
  reprActive.push(v);
  try {
    return open + body(v) + close;
  } finally {
    reprActive.pop();
  }
}

function seqBody(v: number): string {
  const n = seqLen(v);
  let s = "";
  for (let k = 0; k < n; k++) {
    if (k > 0) s += ", ";
    s += reprOf(i32[seqItems(v) + k]);
    checkHostLen(s.length);
  }
  return n === 1 && typeOf(v) === TV.tuple ? s + "," : s;
}

export function seqRepr(v: number, open: string, close: string): string {
  // a tuple cannot contain itself but through a list or dict
  return typeOf(v) === TV.tuple ? open + seqBody(v) + close : reprGuarded(v, open, close, seqBody);
}

// the index of the first item where a and b differ, or the shorter one's length
function mismatch(a: number, b: number): number {
  const na = seqLen(a),
    nb = seqLen(b);
  const n = na < nb ? na : nb;
  let k = 0;
  for (; k < n; k++) {
    const x = i32[seqItems(a) + k],
      y = i32[seqItems(b) + k];
    if (x !== y && !equals(x, y)) break;
  }
  return k;
}

// Whether b is a sequence a compares with: both lists, or both tuples, a builtin tuple type such as
// os.uname()'s counting as a tuple (CPython's struct sequences compare equal to tuples)
function sameKind(a: number, b: number): boolean {
  const ta = typeOf(a),
    tb = typeOf(b);
  return ta === tb || (ta !== TV.list && tb !== TV.list && (tb & 4) !== 0 && TYPES[tb >> 3].eq === seqEq);
}

function seqEq(a: number, b: number): number {
  if (!sameKind(a, b)) return 0;
  const n = seqLen(a);
  return bool(n === seqLen(b) && mismatch(a, b) === n);
}

function seqCmp(op: number, a: number, b: number): number {
  if (!sameKind(a, b)) return 0;
  const k = mismatch(a, b);
  const na = seqLen(a),
    nb = seqLen(b);
  if (k < na && k < nb) return compareOp(op, i32[seqItems(a) + k], i32[seqItems(b) + k]);
  // one is a prefix of the other: the lengths decide
  return compareOp(op, mkInt(na), mkInt(nb));
}

export function normIndex(v: number, k: number, what: string): number {
  const n = seqLen(v);
  let i: number;
  if (k & 1) i = k >> 1;
  else {
    const t = typeOf(k);
    if (t & 4 && t !== TV.int && t !== TV.bool) typeError(what + " indices must be integers, not " + typeName(t));
    i = intToJs(asIndex(k));
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(EV.IndexError, what + " index out of range");
  return i;
}
import { typeName, TYPES } from "../core/obj";
import { named, kwArg } from "./modutil";

// a new list or tuple of n items (filled by the caller: seqItems(the new one) is item 0)
function newSeq(asList: boolean, n: number): number {
  return asList ? newList(n) : newTuple(n);
}

// a new tuple or list with items [start, stop) by step of v
function seqSlice(v: number, sl: number, asList: boolean): number {
  const r = sliceIndices(sl, seqLen(v));
  const cnt = sliceCount(r);
  pushRoot(v);
  const out = newSeq(asList, cnt);
  popRoots(1);
  const ow = seqItems(out);
  const iw = seqItems(v);
  for (let k = 0, j = r[0]; k < cnt; k++, j += r[2]) i32[ow + k] = i32[iw + j];
  return out;
}

function seqConcat(a: number, b: number, asList: boolean): number {
  const na = seqLen(a),
    nb = seqLen(b);
  pushRoot(a);
  pushRoot(b);
  const out = newSeq(asList, na + nb);
  popRoots(2);
  const ow = seqItems(out);
  for (let k = 0; k < na; k++) i32[ow + k] = i32[seqItems(a) + k];
  for (let k = 0; k < nb; k++) i32[ow + na + k] = i32[seqItems(b) + k];
  return out;
}

function seqRepeat(a: number, times: number, asList: boolean): number {
  const n = seqLen(a);
  if (times < 0) times = 0;
  if (n * times > 0x1000000) raise(EV.MemoryError);
  pushRoot(a);
  const out = newSeq(asList, n * times);
  popRoots(1);
  const ow = seqItems(out);
  for (let t = 0; t < times; t++) for (let k = 0; k < n; k++) i32[ow + t * n + k] = i32[seqItems(a) + k];
  return out;
}

function repeatCount(b: number): number {
  if (b & 1) return b >> 1;
  if (b === C.True) return 1;
  if (b === C.False) return 0;
  if (typeOf(b) === TV.int) return intToJs(b);
  return -1;
}

// the binop slot of list and tuple (a: the list or tuple)
function seqBinop(op: number, a: number, b: number): number {
  const t = typeOf(a);
  const asList = t === TV.list;
  if (op === BinOp.ADD) {
    if (typeOf(b) !== t) return 0;
    return seqConcat(a, b, asList);
  }
  if (op === BinOp.MUL || op === BinOp.MUL + BinOp.N) {
    const n = repeatCount(b);
    if (n < 0 && !(b & 1) && typeOf(b) !== TV.int) return 0;
    return seqRepeat(a, n, asList);
  }
  return 0;
}

export function seqContains(v: number, x: number): boolean {
  return findIndex(v, x, 0, 0x3fffffff) >= 0;
}

const SEQ_ITER = defIterKind(function (it) {
  const v = iterObj(it);
  const k = iterPos(it);
  if (k >= seqLen(v)) return 0;
  setIterPos(it, k + 1);
  return i32[seqItems(v) + k];
});

// a list of everything an iterable yields
export function listFromIter(src: number): number {
  const base = rsp;
  const l = newList(0);
  pushRoot(l);
  if (isListOrTuple(src)) {
    pushRoot(src);
    const n = seqLen(src);
    for (let k = 0; k < n; k++) listAppend(l, i32[seqItems(src) + k]);
  } else {
    const it = getIter(src);
    pushRoot(it);
    for (;;) {
      const v = iterNext(it);
      if (v === 0) break;
      listAppend(l, v);
    }
  }
  setRsp(base);
  return l;
}

export function tupleFromIter(src: number): number {
  return typeOf(src) === TV.tuple ? src : seqRepeat(listFromIter(src), 1, false);
}

// ---- list mutation ----

function listSetLen(l: number, n: number): void {
  i32[(l >> 2) + 1] = (n << 1) | 1;
}

function listEnsure(l: number, n: number): void {
  const items = i32[(l >> 2) + 2];
  const cap = i32[(items >> 2) + 1] >> 1;
  if (n <= cap) return;
  pushRoot(l);
  const ni = newValArr(n + (n >> 2) + 4);
  popRoots(1);
  const len = listLen(l);
  for (let k = 0; k < len; k++) i32[(ni >> 2) + 2 + k] = i32[(items >> 2) + 2 + k];
  i32[(l >> 2) + 2] = ni;
}

export function listInsert(l: number, i: number, x: number): void {
  const n = listLen(l);
  pushRoot(x);
  listEnsure(l, n + 1);
  popRoots(1);
  const w = listItems(l);
  for (let k = n; k > i; k--) i32[w + k] = i32[w + k - 1];
  i32[w + i] = x;
  listSetLen(l, n + 1);
}

function listDelRange(l: number, start: number, count: number): void {
  const n = listLen(l);
  const w = listItems(l);
  for (let k = start; k + count < n; k++) i32[w + k] = i32[w + k + count];
  for (let k = n - count; k < n; k++) i32[w + k] = 0;
  listSetLen(l, n - count);
}

// l[a:b:c] = x or del l[a:b:c] (x 0) for a step other than 1: the full profile, as MicroPython
function listSetStepped(l: number, r: number[], x: number): void {
  const cnt = sliceCount(r);
  let lo = r[0],
    st = r[2];
  if (st < 0) {
    lo += (cnt - 1) * st;
    st = -st;
  }
  if (x === 0) {
    const n = listLen(l),
      w = listItems(l);
    let j = 0;
    for (let i = 0; i < n; i++) if (i < lo || i >= lo + cnt * st || (i - lo) % st !== 0) i32[w + j++] = i32[w + i];
    listDelRange(l, j, n - j);
    return;
  }
  const src = listFromIter(x);
  const m = listLen(src);
  if (cnt !== m) valueError("attempt to assign sequence of size " + m + " to extended slice of size " + cnt);
  for (let j = 0; j < cnt; j++) i32[listItems(l) + r[0] + j * r[2]] = i32[listItems(src) + j];
}

function listSetitem(l: number, k: number, x: number): void {
  if (isSlice(k)) {
    const n = listLen(l);
    const r = sliceIndices(k, n);
    if (r[2] !== 1) {
      if (!MPJS_FULL) raise(tv(T.NotImplementedError), "only slices with step=1 (aka None) are supported");
      return listSetStepped(l, r, x);
    }
    const start = r[0];
    const stop = r[1] < start ? start : r[1];
    const old = stop - start;
    if (x === 0) return listDelRange(l, start, old);
    const src = listFromIter(x);
    pushRoot(src);
    const m = listLen(src);
    listEnsure(l, n - old + m);
    popRoots(1);
    const w = listItems(l);
    if (m !== old) {
      if (m > old) for (let j = n - 1; j >= stop; j--) i32[w + j + m - old] = i32[w + j];
      else for (let j = stop; j < n; j++) i32[w + j + m - old] = i32[w + j];
      for (let j = n + m - old; j < n; j++) i32[w + j] = 0;
    }
    for (let j = 0; j < m; j++) i32[w + start + j] = i32[listItems(src) + j];
    listSetLen(l, n - old + m);
    return;
  }
  const i = normIndex(l, k, "list");
  if (x === 0) listDelRange(l, i, 1);
  else i32[listItems(l) + i] = x;
}

// ---- sorting: a stable merge sort; comparisons may call Python ----

function lessThan(a: number, b: number): boolean {
  if (a & b & 1) return a < b;
  return truthy(compareOp(CmpOp.LT, a, b));
}

// A stable merge sort of a copy of the items (a key function that changes the list cannot break
// it), by their keys when a key function is given.
export function listSort(l: number, key: number, reverse: boolean): void {
  const n = listLen(l);
  if (n < 2) return;
  const base = rsp;
  const copy = newValArr(n);
  pushRoot(copy);
  const vb = (copy >> 2) + 2;
  for (let k = 0; k < n; k++) i32[vb + k] = i32[listItems(l) + k];
  let kb = vb;
  if (key !== 0 && key !== C.None) {
    const keys = newValArr(n);
    pushRoot(keys);
    kb = (keys >> 2) + 2;
    for (let k = 0; k < n; k++) i32[kb + k] = call1(key, i32[vb + k]);
  }
  let idx: number[] = [],
    tmp: number[] = [];
  for (let k = 0; k < n; k++) idx.push(k);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n),
        hi = Math.min(lo + 2 * width, n);
      let i = lo,
        j = mid;
      while (i < mid || j < hi) {
        // the right run's item goes first only when strictly before the left one's
        if (i >= mid || (j < hi && (reverse ? lessThan(i32[kb + idx[i]], i32[kb + idx[j]]) : lessThan(i32[kb + idx[j]], i32[kb + idx[i]]))))
          tmp.push(idx[j++]);
        else tmp.push(idx[i++]);
      }
    }
    const t = idx;
    idx = tmp;
    tmp = t;
    tmp.length = 0;
  }
  listEnsure(l, n);
  for (let k = 0; k < n; k++) i32[listItems(l) + k] = i32[vb + idx[k]];
  listSetLen(l, n);
  setRsp(base);
}

// ---- methods ----

// appends everything src yields to l
function listExtend(l: number, src: number): void {
  src = listFromIter(src);
  pushRoot(src);
  const n = listLen(src);
  for (let k = 0; k < n; k++) listAppend(l, i32[listItems(src) + k]);
  popRoots(1);
}
// l += iterable, l *= n
function listInplace(op: number, l: number, b: number): number {
  if (op === BinOp.ADD) listExtend(l, b);
  else if (op === BinOp.MUL) {
    const n = repeatCount(b);
    if (n < 0 && !(b & 1)) return 0;
    const len = listLen(l);
    if (n <= 0) listDelRange(l, 0, len);
    for (let t = 1; t < n; t++) for (let k = 0; k < len; k++) listAppend(l, i32[listItems(l) + k]);
  } else return 0;
  return l;
}
function findIndex(v: number, x: number, start: number, stop: number): number {
  const n = seqLen(v);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop += n;
  if (stop > n) stop = n;
  spend(stop - start);
  for (let k = start; k < stop && k < seqLen(v); k++) {
    const y = i32[seqItems(v) + k];
    if (y === x || equals(y, x)) return k;
  }
  return -1;
}

// list's methods, tuple's first (index, count): in an array that initList empties once read
// (a name each would stay in RAM on Espruino for good; init.ts, defineBuiltins)
const METHODS = [
  defNative(Q.index, 2, 4, function (a, n) {
    const v = i32[a];
    const k = findIndex(v, i32[a + 1], n > 2 ? intToJs(i32[a + 2]) : 0, n > 3 ? intToJs(i32[a + 3]) : 0x3fffffff);
    if (k < 0) valueError("object not in sequence");
    return mkInt(k);
  }),
  defNative(Q.count, 2, 2, function (a) {
    let c = 0;
    for (let k = findIndex(i32[a], i32[a + 1], 0, 0x3fffffff); k >= 0; k = findIndex(i32[a], i32[a + 1], k + 1, 0x3fffffff)) c++;
    return mkInt(c);
  }),
  defNative(Q.append, 2, 2, function (a) {
    listAppend(i32[a], i32[a + 1]);
    return C.None;
  }),
  defNative(Q.extend, 2, 2, function (a) {
    listExtend(i32[a], i32[a + 1]);
    return C.None;
  }),
  defNative(Q.pop, 1, 2, function (a, n) {
    const l = i32[a];
    const len = listLen(l);
    if (len === 0) raise(EV.IndexError, "pop from empty list");
    const i = n > 1 ? normIndex(l, i32[a + 1], "list") : len - 1;
    const v = i32[listItems(l) + i];
    listDelRange(l, i, 1);
    return v;
  }),
  defNative(Q.insert, 3, 3, function (a) {
    const l = i32[a];
    const n = listLen(l);
    let i = intToJs(asIndex(i32[a + 1]));
    if (i < 0) i += n;
    if (i < 0) i = 0;
    if (i > n) i = n;
    listInsert(l, i, i32[a + 2]);
    return C.None;
  }),
  defNative(Q.remove, 2, 2, function (a) {
    const l = i32[a];
    const k = findIndex(l, i32[a + 1], 0, 0x3fffffff);
    if (k < 0) valueError("object not in sequence");
    listDelRange(l, k, 1);
    return C.None;
  }),
  defNative(Q.sort, 1, 1, function (a, n, kw, nkw) {
    listSort(i32[a], kwArg(kw, nkw, Q.key), truthy(kwArg(kw, nkw, Q.reverse) || C.False));
    return C.None;
  }),
  defNative(Q.reverse, 1, 1, function (a) {
    const l = i32[a];
    const w = listItems(l);
    const n = listLen(l);
    for (let i = 0, j = n - 1; i < j; i++, j--) {
      const t = i32[w + i];
      i32[w + i] = i32[w + j];
      i32[w + j] = t;
    }
    return C.None;
  }),
  defNative(Q.clear, 1, 1, function (a) {
    const l = i32[a];
    listDelRange(l, 0, listLen(l));
    return C.None;
  }),
  defNative(Q.copy, 1, 1, function (a) {
    return listFromIter(i32[a]);
  }),
];

// the make slot of list and tuple (t: the one called)
function seqMake(a: number, n: number, kw: number, nkw: number, t: number): number {
  const asList = t === TV.list;
  if (n === 0) return newSeq(asList, 0);
  // (the callee is the type itself: a subclass's instance is made another way)
  if (i32[a - 1] === t && consumeInPython(a, i32[a], asList ? Q.list : Q.tuple)) return C.None;
  return asList ? listFromIter(i32[a]) : tupleFromIter(i32[a]);
}

function seqIterOf(v: number): number {
  return newIter(SEQ_ITER, v, 0);
}

function seqHash(v: number): number {
  let h = 0x345678;
  const n = seqLen(v);
  for (let k = 0; k < n; k++) h = ((h * 1000003) ^ hashOf(i32[seqItems(v) + k])) & 0x3fffffff;
  return h ^ n;
}

export function initList(): void {
  const listInfo: Partial<TypeInfo> = {
    make: seqMake,
    repr: function (v: number): string {
      const l = typeOf(v) === TV.list;
      return seqRepr(v, l ? "[" : "(", l ? "]" : ")");
    },
    eq: seqEq,
    cmp: seqCmp,
    binop: seqBinop,
    ibinop: listInplace,
    len: listLen,
    getitem: function (v: number, k: number): number {
      if (isSlice(k)) return seqSlice(v, k, true);
      return i32[listItems(v) + normIndex(v, k, "list")];
    },
    setitem: listSetitem,
    iter: seqIterOf,
    contains: seqContains,
    locals: romMap(named(METHODS)),
  };
  defType(T.list, Q.list, TV.object, listInfo);
  // tuple: list's slots (len reads the same word) but the mutating ones, and a hash
  const tupleInfo: Partial<TypeInfo> = Object.create(listInfo);
  tupleInfo.ibinop = tupleInfo.setitem = undefined;
  tupleInfo.hash = seqHash;
  tupleInfo.getitem = function (v, k) {
    if (isSlice(k)) return seqSlice(v, k, false);
    return i32[(v >> 2) + 2 + normIndex(v, k, "tuple")];
  };
  tupleInfo.locals = romMap(named(METHODS.slice(0, 2)));
  METHODS.length = 0;
  defType(T.tuple, Q.tuple, TV.object, tupleInfo);
}
