// set and frozenset, on the hash table of core/map.ts (the same layout as dict, value True per key).

import { i32, pushRoot, popRoots, rsp, setRsp } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, romMap, typeOf, raise, raiseArgs, typeError, bool, TYPES, TypeInfo } from "../core/obj";
import { newDict, dictSet, dictDelete, dictLen, dictEntry, dictFind, D_USED } from "../core/map";
import { reprOf, getIter, iterNext, qv, hashOf, nativeSelf } from "../core/runtime";
import { BinOp, CmpOp } from "../core/bytecode";
import { dictForEach, keysIter } from "./objdict";
import { named } from "./modutil";

function isSetType(t: number): boolean {
  return t === TV.set || t === TV.frozenset;
}

// v (or the native part of a user subclass instance) when it is a set or frozenset, else 0
export function asSet(v: number): number {
  v = nativeSelf(v);
  return isSetType(typeOf(v)) ? v : 0;
}

function has(s: number, x: number): boolean {
  return dictFind(s, x) >= 0;
}

// adds everything src yields to the set s
export function setAddAll(s: number, src: number): void {
  const base = rsp;
  pushRoot(s);
  pushRoot(src);
  const t = typeOf(src);
  if (isSetType(t) || t === TV.dict) {
    dictForEach(src, function (e) {
      dictSet(s, i32[e], C.True);
    });
  } else {
    const it = getIter(src);
    pushRoot(it);
    for (;;) {
      const v = iterNext(it);
      if (v === 0) break;
      dictSet(s, v, C.True);
    }
  }
  setRsp(base);
}

// a new set (or frozenset) of what src yields
export function setFromIter(type: number, src: number): number {
  pushRoot(src);
  const s = newDict(type);
  popRoots(1);
  if (src !== 0) setAddAll(s, src);
  return s;
}

// other as a table that answers membership (a set, frozenset or dict as it is, else a new set),
// pushed on the root stack: the caller restores rsp
function lookupTable(o: number): number {
  const n = nativeSelf(o);
  const t = typeOf(n);
  const r = isSetType(t) || t === TV.dict ? n : setFromIter(TV.frozenset, o);
  pushRoot(r);
  return r;
}
// a set key as the frozenset of its keys (rooted, as lookupTable)
function keyOf(x: number): number {
  if (typeOf(x) === TV.set) x = setFromIter(TV.frozenset, x);
  pushRoot(x);
  return x;
}
// f's result after restoring the root stack
function unroot(base: number, r: number): number {
  setRsp(base);
  return r;
}

// a new set of type of s holding the keys of s that are (keep) or are not (!keep) in o
function setFilter(s: number, o: number, keep: boolean): number {
  const base = rsp;
  pushRoot(s);
  pushRoot(o);
  const r = newDict(typeOf(s));
  pushRoot(r);
  dictForEach(s, function (e) {
    if (has(o, i32[e]) === keep) dictSet(r, i32[e], C.True);
  });
  setRsp(base);
  return r;
}

// a new set: the keys in exactly one of s and o (both tables)
function symDiff(s: number, o: number): number {
  const base = rsp;
  pushRoot(s);
  pushRoot(o);
  const r = setFilter(s, o, false);
  pushRoot(r);
  dictForEach(o, function (e) {
    if (!has(s, i32[e])) dictSet(r, i32[e], C.True);
  });
  setRsp(base);
  return r;
}

// every key of a is in b (b a table)
function subset(a: number, b: number): boolean {
  if (dictLen(a) > dictLen(b)) return false;
  let ok = true;
  dictForEach(a, function (e) {
    if (ok && !has(b, i32[e])) ok = false;
  });
  return ok;
}

// s takes over the table of r (in-place forms)
function setAssign(s: number, r: number): void {
  for (let k = D_USED; k < D_USED + 3; k++) i32[(s >> 2) + k] = i32[(r >> 2) + k];
}

// s op o for two sets: | & - ^ (the type of s)
export function setBinop(op: number, s: number, o: number): number {
  if (op === BinOp.OR) {
    const r = setFromIter(typeOf(s), s);
    setAddAll(r, o);
    return r;
  }
  if (op === BinOp.AND || op === BinOp.SUB) return setFilter(s, o, op === BinOp.AND);
  if (op === BinOp.XOR) return symDiff(s, o);
  return 0;
}

// the in-place forms on a set: |= &= -= ^=
function setInplace(op: number, s: number, o: number): number {
  if (op === BinOp.OR) setAddAll(s, o);
  else if (op === BinOp.SUB) {
    dictForEach(o, function (e) {
      dictDelete(s, i32[e]);
    });
  } else {
    pushRoot(s);
    const r = setBinop(op, s, o);
    popRoots(1);
    if (r === 0) return 0;
    setAssign(s, r);
  }
  return s;
}

// < <= == > >= of two sets (the others: 0)
function setCompare(op: number, a: number, b: number): number {
  if (op > CmpOp.NE) {
    const t = a;
    a = b;
    b = t;
    op -= CmpOp.GT;
  }
  if (op === CmpOp.NE) return 0;
  const la = dictLen(a),
    lb = dictLen(b);
  return bool((op === CmpOp.LE || (op === CmpOp.LT ? la < lb : la === lb)) && subset(a, b));
}

// in-place operators (|= &= -= ^=) change the set itself
function setIbinop(op: number, a: number, b: number): number {
  b = asSet(b);
  return b === 0 ? 0 : setInplace(op, a, b);
}

function setRepr(s: number): string {
  const fz = typeOf(s) === TV.frozenset;
  if (dictLen(s) === 0) return fz ? "frozenset()" : "set()";
  let r = "";
  dictForEach(s, function (e) {
    r += (r ? ", " : "{") + reprOf(i32[e]);
  });
  return fz ? "frozenset(" + r + "})" : r + "}";
}

// an order-independent hash: a sum of mixed element hashes modulo a prime
function frozenHash(s: number): number {
  let h = dictLen(s) * 1927868237 % 1073741789;
  dictForEach(s, function (e) {
    const x = hashOf(i32[e]);
    const y = (x ^ (x >> 13) ^ 89869747) & 0x3fffff;
    h = (h + y * 3644793) % 1073741789;
  });
  return h;
}

// membership: a set key is looked up as the frozenset of the same keys
function setContains(s: number, x: number): boolean {
  const base = rsp;
  const r = has(s, keyOf(x));
  setRsp(base);
  return r;
}

// ---- methods ----

// f(self, other) for each argument after self
function eachArg(a: number, n: number, f: (o: number) => void): void {
  for (let k = 1; k < n; k++) f(i32[a + k]);
}

const M_ADD = defNative(Q.add, 2, 2, function (a) {
  dictSet(i32[a], i32[a + 1], C.True);
  return C.None;
});
const M_CLEAR = defNative(Q.clear, 1, 1, function (a) {
  setAssign(i32[a], newDict(TV.set));
  return C.None;
});
const M_COPY = defNative(Q.copy, 1, 1, function (a) {
  const t = typeOf(i32[a]);
  return t === TV.frozenset ? i32[a] : setFromIter(t, i32[a]);
});
function removeOrDiscard(a: number, strict: boolean): number {
  const base = rsp;
  if (dictDelete(i32[a], keyOf(i32[a + 1])) === 0 && strict) raiseArgs(tv(T.KeyError), i32[a + 1]);
  return unroot(base, C.None);
}
const M_DISCARD = defNative(Q.discard, 2, 2, function (a) {
  return removeOrDiscard(a, false);
});
const M_REMOVE = defNative(Q.remove, 2, 2, function (a) {
  return removeOrDiscard(a, true);
});
const M_POP = defNative(Q.pop, 1, 1, function (a) {
  const s = i32[a];
  const e = dictEntry(s, 0);
  if (e < 0) raise(tv(T.KeyError), "pop from an empty set");
  const x = i32[e];
  dictDelete(s, x);
  return x;
});
const M_UNION = defNative(Q.union, 1, 255, function (a, n) {
  const r = setFromIter(typeOf(i32[a]), i32[a]);
  pushRoot(r);
  eachArg(a, n, function (o) {
    setAddAll(r, o);
  });
  popRoots(1);
  return r;
});
const M_UPDATE = defNative(Q.update, 1, 255, function (a, n) {
  eachArg(a, n, function (o) {
    setAddAll(i32[a], o);
  });
  return C.None;
});
// intersection and difference of self with every argument; a new set
function interDiff(a: number, n: number, keep: boolean): number {
  const base = rsp;
  let r = setFromIter(typeOf(i32[a]), i32[a]);
  pushRoot(r);
  eachArg(a, n, function (o) {
    r = setFilter(r, lookupTable(o), keep);
    i32[base] = r;
  });
  setRsp(base);
  return r;
}
const M_INTERSECTION = defNative(Q.intersection, 1, 255, function (a, n) {
  return interDiff(a, n, true);
});
const M_DIFFERENCE = defNative(Q.difference, 1, 255, function (a, n) {
  return interDiff(a, n, false);
});
const M_INTERSECTION_UPDATE = defNative(Q.intersection_update, 1, 255, function (a, n) {
  setAssign(i32[a], interDiff(a, n, true));
  return C.None;
});
const M_DIFFERENCE_UPDATE = defNative(Q.difference_update, 1, 255, function (a, n) {
  setAssign(i32[a], interDiff(a, n, false));
  return C.None;
});
const M_SYMDIFF = defNative(Q.symmetric_difference, 2, 2, function (a) {
  const base = rsp;
  return unroot(base, symDiff(i32[a], lookupTable(i32[a + 1])));
});
const M_SYMDIFF_UPDATE = defNative(Q.symmetric_difference_update, 2, 2, function (a) {
  const base = rsp;
  setAssign(i32[a], symDiff(i32[a], lookupTable(i32[a + 1])));
  return unroot(base, C.None);
});
const M_ISSUBSET = defNative(Q.issubset, 2, 2, function (a) {
  const base = rsp;
  return unroot(base, bool(subset(i32[a], lookupTable(i32[a + 1]))));
});
const M_ISSUPERSET = defNative(Q.issuperset, 2, 2, function (a) {
  const base = rsp;
  return unroot(base, bool(subset(lookupTable(i32[a + 1]), i32[a])));
});
const M_ISDISJOINT = defNative(Q.isdisjoint, 2, 2, function (a) {
  const base = rsp;
  return unroot(base, bool(dictLen(setFilter(i32[a], lookupTable(i32[a + 1]), true)) === 0));
});

// set(iterable) and frozenset(iterable): the type is the one whose make slot this is
// the make slot of set and frozenset (type: the one called)
function setMake(a: number, n: number, kw: number, nkw: number, type: number): number {
  if (nkw > 0 || n > 1) typeError(typeName(type) + "() takes at most 1 positional argument");
  if (n === 1 && type === TV.frozenset && typeOf(i32[a]) === TV.frozenset) return i32[a];
  return setFromIter(type, n > 0 ? i32[a] : 0);
}
import { typeName } from "../core/obj";

function setBinopSlot(op: number, a: number, b: number): number {
  b = asSet(b);
  return b === 0 || op >= BinOp.N ? 0 : setBinop(op, a, b);
}
function setCmpSlot(op: number, a: number, b: number): number {
  b = asSet(b);
  return b === 0 ? 0 : setCompare(op, a, b);
}
function setEqSlot(a: number, b: number): number {
  return setCmpSlot(CmpOp.EQ, a, b);
}
function viewEq(a: number, b: number): number {
  const t = typeOf(b);
  return isSetType(t) || t === TV.dict_keys || t === TV.dict_items ? viewBinop(-1, a, b) : 0;
}

export function initSet(): void {
  // the methods frozenset shares come first
  const METHODS = [M_COPY, M_DIFFERENCE, M_INTERSECTION, M_ISDISJOINT, M_ISSUBSET, M_ISSUPERSET, M_SYMDIFF, M_UNION, M_ADD, M_CLEAR, M_DISCARD, M_REMOVE, M_POP, M_UPDATE, M_INTERSECTION_UPDATE, M_DIFFERENCE_UPDATE, M_SYMDIFF_UPDATE];
  const info: Partial<TypeInfo> = {
    make: setMake,
    repr: setRepr,
    len: dictLen,
    iter: keysIter,
    contains: setContains,
    binop: setBinopSlot,
    ibinop: setIbinop,
    cmp: setCmpSlot,
    eq: setEqSlot,
    locals: romMap(named(METHODS)),
  };
  defType(T.set, Q.set, TV.object, info);
  // frozenset: the same slots but ibinop, and a hash
  const fz: Partial<TypeInfo> = Object.create(info);
  fz.ibinop = undefined;
  fz.hash = frozenHash;
  fz.locals = romMap(named(METHODS.slice(0, 8)));
  defType(T.frozenset, Q.frozenset, TV.object, fz);
  // dict.keys() and dict.items() are set-like: | & - ^ with any iterable, == with sets and views
  // (CPython; MicroPython has no set operations on views: the full profile)
  if (MPJS_FULL)
    for (let k = 0; k < 2; k++) {
      const info = TYPES[k ? T.dict_items : T.dict_keys];
      info.binop = viewBinop;
      info.eq = viewEq;
    }
}

// set operations of a view with an iterable (op -1: ==)
function viewBinop(op: number, a: number, b: number): number {
  const rev = op >= BinOp.N;
  if (rev) op -= BinOp.N;
  if (op !== BinOp.OR && op !== BinOp.AND && op !== BinOp.SUB && op !== BinOp.XOR && op >= 0) return 0;
  const base = rsp;
  const x = setFromIter(TV.set, a);
  pushRoot(x);
  const y = setFromIter(TV.set, b);
  pushRoot(y);
  const r = op < 0 ? setCompare(CmpOp.EQ, x, y) : rev ? setBinop(op, y, x) : setBinop(op, x, y);
  setRsp(base);
  return r;
}
