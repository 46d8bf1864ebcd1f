// dict and its views, on the hash table of core/map.ts.

import { i32, alloc, pushRoot, popRoots, rsp, setRsp, checkHostLen } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, NATIVE_DATA, romMap, typeOf, typeName, raise, raiseArgs, typeError, bool, newTuple, TypeInfo } from "../core/obj";
import { BinOp } from "../core/bytecode";
import { newDict, dictGet, dictSet, dictDelete, dictLen, dictEntry, dictClear, entriesBase, D } from "../core/map";
import { reprOf, equals, getIter, iterNext, getattrOr, call0, getitem, nativeSelf } from "../core/runtime";
import { ITER_NEXT, defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { setDictUpdateHook } from "../core/vm";
import { seqItems, seqLen, isListOrTuple, reprGuarded } from "./objlist";
import { named } from "./modutil";
import { newClassMethodValue } from "./objtype";

const enum QV {
  keys = (Q.keys << 2) | 2,
}

export function isDict(v: number): boolean {
  return (v & 15) === 0 && v !== 0 && (i32[v >> 2] === TV.dict);
}

// iterate the live entries: calls f(keyWord) for each entry's word index
export function dictForEach(d: number, f: (e: number) => void): void {
  let pos = 0;
  for (;;) {
    const e = dictEntry(d, pos);
    if (e < 0) return;
    f(e);
    pos = ((e - entriesBase(i32[(d >> 2) + D.TABLE])) >> 1) + 1;
  }
}

// the keys, values and items iterators: three consecutive kinds sharing one next function
function dictIterNext(it: number): number {
  const kind = (i32[(it >> 2) + 1] >> 1) - DICT_KEYS_ITER;
  const d = iterObj(it);
  const pos = iterPos(it);
  const e = dictEntry(d, pos);
  if (e < 0) return 0;
  setIterPos(it, ((e - entriesBase(i32[(d >> 2) + D.TABLE])) >> 1) + 1);
  if (kind === 0) return i32[e];
  if (kind === 1) return i32[e + 1];
  const t = newTuple(2);
  // re-find the entry: the allocation may have collected but does not move the table
  i32[(t >> 2) + 2] = i32[e];
  i32[(t >> 2) + 3] = i32[e + 1];
  return t;
}
export const DICT_KEYS_ITER = defIterKind(dictIterNext);
// the values and items kinds (pushed: a defIterKind call whose value no code uses is dropped)
ITER_NEXT.push(dictIterNext, dictIterNext);

// the iter slot of dict, set and frozenset: an iterator of the keys
export function keysIter(d: number): number {
  return newIter(DICT_KEYS_ITER, d, 0);
}

function dictBody(d: number): string {
  let s = "";
  dictForEach(d, function (e) {
    s += (s ? ", " : "") + reprOf(i32[e]) + ": " + reprOf(i32[e + 1]);
    checkHostLen(s.length);
  });
  return s;
}
export function dictRepr(d: number): string {
  return reprGuarded(d, "{", "}", dictBody);
}

function keyError(k: number): never {
  raiseArgs(tv(T.KeyError), k);
}

// d.update(other): a dict, an object with keys(), or an iterable of pairs
export function dictUpdate(d: number, other: number): void {
  const base = rsp;
  pushRoot(d);
  pushRoot(other);
  let km: number;
  if (isDict(other)) {
    dictForEach(other, function (e) {
      dictSet(d, i32[e], i32[e + 1]);
    });
  } else if ((km = getattrOr(other, QV.keys, 0)) !== 0) {
    const it = getIter(call0(km));
    pushRoot(it);
    for (;;) {
      const k = iterNext(it);
      if (k === 0) break;
      pushRoot(k);
      dictSet(d, k, getitem(other, k));
      popRoots(1);
    }
  } else {
    const it = getIter(other);
    pushRoot(it);
    for (;;) {
      const p = iterNext(it);
      if (p === 0) break;
      pushRoot(p);
      let k: number, v: number;
      if (isListOrTuple(p) && seqLen(p) === 2) {
        k = i32[seqItems(p)];
        v = i32[seqItems(p) + 1];
      } else {
        const pi = getIter(p);
        pushRoot(pi);
        k = iterNext(pi);
        pushRoot(k);
        v = iterNext(pi);
        if (k === 0 || v === 0 || iterNext(pi) !== 0) valueError("dictionary update sequence element has wrong length");
      }
      dictSet(d, k, v);
      setRsp(base + 3);
    }
  }
  setRsp(base);
}

import { valueError } from "../core/obj";

// dict(...) and d.update(...): the positional argument (n: 0 or 1), then the keywords
function updateFromArgs(d: number, a: number, n: number, kw: number, nkw: number): void {
  if (n > 0) dictUpdate(d, i32[a]);
  for (let k = 0; k < nkw; k++) dictSet(d, i32[kw + 2 * k], i32[kw + 2 * k + 1]);
}

// a new dict with the items of d, then those of other (when not 0)
function dictCopy(d: number, other: number): number {
  const r = newDict();
  pushRoot(r);
  dictUpdate(r, d);
  if (other !== 0) dictUpdate(r, other);
  popRoots(1);
  return r;
}

function newView(type: number, d: number): number {
  pushRoot(d);
  const v = alloc(type, 8);
  popRoots(1);
  i32[(v >> 2) + 1] = d;
  return v;
}

// the (key, value) tuple of entry e of dict d, which it removes (popitem)
export function popEntry(d: number, e: number): number {
  const t = newTuple(2);
  i32[(t >> 2) + 2] = i32[e];
  i32[(t >> 2) + 3] = i32[e + 1];
  pushRoot(t);
  dictDelete(d, i32[e]);
  popRoots(1);
  return t;
}

// keys(), values() and items(), one function: a view of the type NATIVE_DATA names
function viewNative(a: number, n: number, kw: number, nkw: number, which: number): number {
  return newView(tv(NATIVE_DATA[which]), i32[a]);
}
// dict's methods but its views: in an array that initDict empties once read (a name each would
// stay in RAM on Espruino for good; init.ts, defineBuiltins)
const METHODS = [
  defNative(Q.get, 2, 3, function (a, n) {
    const v = dictGet(i32[a], i32[a + 1]);
    return v !== 0 ? v : n > 2 ? i32[a + 2] : C.None;
  }),
  defNative(Q.pop, 2, 3, function (a, n) {
    const v = dictDelete(i32[a], i32[a + 1]);
    if (v !== 0) return v;
    if (n > 2) return i32[a + 2];
    keyError(i32[a + 1]);
  }),
  defNative(Q.popitem, 1, 1, function (a) {
    const d = i32[a];
    if (dictLen(d) === 0) raise(tv(T.KeyError), "popitem(): dictionary is empty");
    // the last entry
    let last = -1;
    dictForEach(d, function (e) {
      last = e;
    });
    return popEntry(d, last);
  }),
  defNative(Q.setdefault, 2, 3, function (a, n) {
    const v = dictGet(i32[a], i32[a + 1]);
    if (v !== 0) return v;
    const dflt = n > 2 ? i32[a + 2] : C.None;
    dictSet(i32[a], i32[a + 1], dflt);
    return dflt;
  }),
  defNative(Q.update, 1, 2, function (a, n, kw, nkw) {
    updateFromArgs(i32[a], a + 1, n - 1, kw, nkw);
    return C.None;
  }),
  defNative(Q.clear, 1, 1, function (a) {
    dictClear(i32[a]);
    return C.None;
  }),
  defNative(Q.copy, 1, 1, function (a) {
    return dictCopy(i32[a], 0);
  }),
  newClassMethodValue(
    defNative(Q.fromkeys, 2, 3, function (a, n) {
      const d = newDict();
      pushRoot(d);
      const it = getIter(i32[a + 1]);
      pushRoot(it);
      for (;;) {
        const k = iterNext(it);
        if (k === 0) break;
        dictSet(d, k, n > 2 ? i32[a + 2] : C.None);
      }
      popRoots(2);
      return d;
    }),
  ),
];

function viewLen(v: number): number {
  return dictLen(i32[(v >> 2) + 1]);
}

// dict_keys([...]), dict_values([...]), dict_items([...])
function viewRepr(v: number): string {
  const t = typeOf(v);
  const d = i32[(v >> 2) + 1];
  let s = typeName(t) + "([";
  let first = true;
  dictForEach(d, function (e) {
    if (!first) s += ", ";
    first = false;
    s += t === TV.dict_keys ? reprOf(i32[e]) : t === TV.dict_values ? reprOf(i32[e + 1]) : "(" + reprOf(i32[e]) + ", " + reprOf(i32[e + 1]) + ")";
    checkHostLen(s.length);
  });
  return s + "])";
}

export function initDict(): void {
  const dictInfo = {
    make: function (a: number, n: number, kw: number, nkw: number): number {
      const d = newDict();
      pushRoot(d);
      updateFromArgs(d, a, n, kw, nkw);
      popRoots(1);
      return d;
    },
    repr: dictRepr,
    len: dictLen,
    eq: function (a: number, b: number): number {
      if (!isDict(b)) return 0;
      if (dictLen(a) !== dictLen(b)) return C.False;
      let same = true;
      dictForEach(a, function (e) {
        if (!same) return;
        const v = dictGet(b, i32[e]);
        if (v === 0 || !equals(v, i32[e + 1])) same = false;
      });
      return bool(same);
    },
    getitem: function (d: number, k: number): number {
      const v = dictGet(d, k);
      if (v === 0) keyError(k);
      return v;
    },
    setitem: function (d: number, k: number, x: number): void {
      if (x === 0) {
        if (dictDelete(d, k) === 0) keyError(k);
      } else dictSet(d, k, x);
    },
    iter: keysIter,
    contains: function (d: number, k: number): boolean {
      return dictGet(d, k) !== 0;
    },
    binop: function (op: number, a: number, b: number): number {
      // d | other (3.9)
      b = nativeSelf(b);
      return op === BinOp.OR && isDict(b) ? dictCopy(a, b) : 0;
    },
    // d |= mapping or pairs
    ibinop: function (op: number, a: number, b: number): number {
      if (op !== BinOp.OR) return 0;
      dictUpdate(a, b);
      return a;
    },
    locals: romMap(
      named(
        METHODS.concat([
          defNative(Q.keys, 1, 1, viewNative, T.dict_keys),
          defNative(Q.values, 1, 1, viewNative, T.dict_values),
          defNative(Q.items, 1, 1, viewNative, T.dict_items),
        ]),
      ),
    ),
  };
  defType(T.dict, Q.dict, TV.object, dictInfo);
  METHODS.length = 0;
  // the views: the slots they share, on one prototype
  const view: Partial<TypeInfo> = {
    len: viewLen,
    repr: viewRepr,
    iter: function (v) {
      // the keys, values and items iterator kinds are consecutive, as the view types are
      return newIter(DICT_KEYS_ITER + ((typeOf(v) - TV.dict_keys) >> 3), i32[(v >> 2) + 1], 0);
    },
  };
  const keys: Partial<TypeInfo> = Object.create(view);
  keys.contains = function (v, k) {
    return dictGet(i32[(v >> 2) + 1], k) !== 0;
  };
  defType(T.dict_keys, Q.dict_keys, TV.object, keys);
  defType(T.dict_values, Q.dict_values, TV.object, Object.create(view));
  const items: Partial<TypeInfo> = Object.create(view);
  items.contains = function (v, x) {
    if (typeOf(x) !== TV.tuple || seqLen(x) !== 2) return false;
    const y = dictGet(i32[(v >> 2) + 1], i32[seqItems(x)]);
    return y !== 0 && equals(y, i32[seqItems(x) + 1]);
  };
  defType(T.dict_items, Q.dict_items, TV.object, items);
  setDictUpdateHook(function (d, other) {
    if (!isDict(other) && getattrOr(other, QV.keys, 0) === 0) typeError("'" + "object" + "' object is not a mapping");
    dictUpdate(d, other);
  });
}

