// set and frozenset, on the hash table of core/map.ts (the same layout as dict, value True per key).

import { i32, pushRoot, popRoots, rsp, setRsp } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, NATIVE_DATA, romMap, typeOf, raise, raiseArgs, typeError, bool, TYPES, TypeInfo } from "../core/obj";
import { newDict, dictSet, dictDelete, dictLen, dictEntry, dictFind, D } from "../core/map";
import { reprOf, getIter, iterNext, hashOf, nativeSelf } from "../core/runtime";
import { BinOp, CmpOp } from "../core/bytecode";
import { dictForEach, keysIter } from "./objdict";
import { named } from "./modutil";

function isSetType(t: number): boolean {
  return t === TV.set || t === TV.frozenset;
}

// v (or the native part of a user subclass instance) when it is a set or frozenset, else 0
function asSet(v: number): number {
  v = nativeSelf(v);
  return isSetType(typeOf(v)) ? v : 0;
}

function has(s: number, x: number): boolean {
  return dictFind(s, x) >= 0;
}

// adds everything src yields to the set s
function setAddAll(s: number, src: number): void {
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
function setFromIter(type: number, src: number): number {
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

// how many keys of a are in b (b a table)
function countIn(a: number, b: number): number {
  let c = 0;
  dictForEach(a, function (e) {
    if (has(b, i32[e])) c++;
  });
  return c;
}

// s takes over the table of r (in-place forms)
function setAssign(s: number, r: number): void {
  for (let k = D.USED; k < D.USED + 3; k++) i32[(s >> 2) + k] = i32[(r >> 2) + k];
}

function isSetOp(op: number): boolean {
  return op === BinOp.OR || op === BinOp.AND || op === BinOp.SUB || op === BinOp.XOR;
}

// s op o for op | & - ^ and o any iterable, what the operators and the named methods share:
// | and - change s; & and ^ make a new set of the type of s, which s takes over when inPlace.
// The result: s, or the new set (0 for another op).
function setOp(op: number, s: number, o: number, inPlace: boolean): number {
  if (!isSetOp(op)) return 0;
  const base = rsp;
  pushRoot(s);
  let r = s;
  if (op === BinOp.OR) setAddAll(s, o);
  else {
    const t = lookupTable(o);
    if (op === BinOp.SUB)
      dictForEach(t, function (e) {
        dictDelete(s, i32[e]);
      });
    else {
      r = op === BinOp.AND ? setFilter(s, t, true) : symDiff(s, t);
      if (inPlace) {
        setAssign(s, r);
        r = s;
      }
    }
  }
  setRsp(base);
  return r;
}

// < <= == > >= of two sets (the others: 0); b may be a dict (issubset, issuperset)
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
  return bool((op === CmpOp.LE ? la <= lb : op === CmpOp.LT ? la < lb : la === lb) && countIn(a, b) === la);
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
// discard and remove (NATIVE_DATA 1: KeyError when the item is missing), one function
function removeOrDiscard(a: number, n: number, kw: number, nkw: number, which: number): number {
  const base = rsp;
  if (dictDelete(i32[a], keyOf(i32[a + 1])) === 0 && NATIVE_DATA[which] !== 0) raiseArgs(tv(T.KeyError), i32[a + 1]);
  return unroot(base, C.None);
}
const M_DISCARD = defNative(Q.discard, 2, 2, removeOrDiscard);
const M_REMOVE = defNative(Q.remove, 2, 2, removeOrDiscard, 1);
const M_POP = defNative(Q.pop, 1, 1, function (a) {
  const s = i32[a];
  const e = dictEntry(s, 0);
  if (e < 0) raise(tv(T.KeyError), "pop from an empty set");
  const x = i32[e];
  dictDelete(s, x);
  return x;
});

// union, intersection, difference, symmetric_difference and their _update forms, one function
// (NATIVE_DATA: the BinOp, and COPY): self op= each argument in turn, into a new copy of self
// (COPY) or into self
const COPY = 32;
function updateEach(a: number, n: number, kw: number, nkw: number, which: number): number {
  const mode = NATIVE_DATA[which];
  const copy = (mode & COPY) !== 0;
  const s = copy ? setFromIter(typeOf(i32[a]), i32[a]) : i32[a];
  pushRoot(s);
  for (let k = 1; k < n; k++) setOp(mode & (COPY - 1), s, i32[a + k], true);
  popRoots(1);
  return copy ? s : C.None;
}
const M_UNION = defNative(Q.union, 1, 255, updateEach, BinOp.OR | COPY);
const M_INTERSECTION = defNative(Q.intersection, 1, 255, updateEach, BinOp.AND | COPY);
const M_DIFFERENCE = defNative(Q.difference, 1, 255, updateEach, BinOp.SUB | COPY);
const M_SYMDIFF = defNative(Q.symmetric_difference, 2, 2, updateEach, BinOp.XOR | COPY);
const M_UPDATE = defNative(Q.update, 1, 255, updateEach, BinOp.OR);
const M_INTERSECTION_UPDATE = defNative(Q.intersection_update, 1, 255, updateEach, BinOp.AND);
const M_DIFFERENCE_UPDATE = defNative(Q.difference_update, 1, 255, updateEach, BinOp.SUB);
const M_SYMDIFF_UPDATE = defNative(Q.symmetric_difference_update, 2, 2, updateEach, BinOp.XOR);

// issubset (op <=), issuperset (>=), isdisjoint (op -1) of self and the set of what other yields
function relation(a: number, op: number): number {
  const base = rsp;
  const s = i32[a];
  const t = lookupTable(i32[a + 1]);
  return unroot(base, op < 0 ? bool(countIn(s, t) === 0) : setCompare(op, s, t));
}
const M_ISSUBSET = defNative(Q.issubset, 2, 2, function (a) {
  return relation(a, CmpOp.LE);
});
const M_ISSUPERSET = defNative(Q.issuperset, 2, 2, function (a) {
  return relation(a, CmpOp.GE);
});
const M_ISDISJOINT = defNative(Q.isdisjoint, 2, 2, function (a) {
  return relation(a, -1);
});

// set(iterable) and frozenset(iterable): the type is the one whose make slot this is
// the make slot of set and frozenset (type: the one called)
function setMake(a: number, n: number, kw: number, nkw: number, type: number): number {
  if (nkw > 0 || n > 1) typeError(typeName(type) + "() takes at most 1 positional argument");
  if (n === 1 && type === TV.frozenset && typeOf(i32[a]) === TV.frozenset) return i32[a];
  return setFromIter(type, n > 0 ? i32[a] : 0);
}
import { typeName } from "../core/obj";

// the operators | & - ^ between two sets: a new set (binop), or the left one updated (ibinop)
function setBinopSlot(op: number, a: number, b: number): number {
  b = asSet(b);
  if (b === 0) return 0;
  // | and - change a copy of a; & and ^ make a new set anyway
  if (op === BinOp.OR || op === BinOp.SUB) a = setFromIter(typeOf(a), a);
  return setOp(op, a, b, false);
}
function setIbinop(op: number, a: number, b: number): number {
  b = asSet(b);
  return b === 0 ? 0 : setOp(op, a, b, true);
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
  if (!isSetOp(op) && op >= 0) return 0;
  const base = rsp;
  const x = setFromIter(TV.set, a);
  pushRoot(x);
  const y = setFromIter(TV.set, b);
  pushRoot(y);
  const r = op < 0 ? setCompare(CmpOp.EQ, x, y) : rev ? setBinopSlot(op, y, x) : setBinopSlot(op, x, y);
  return unroot(base, r);
}
