// collections: namedtuple, OrderedDict, defaultdict, deque.
// OrderedDict and defaultdict are dict subtypes with dict's layout (defaultdict adds the factory
// as a fifth word); deque is a ring buffer [type, items valarr, head(si), length(si), maxlen(si),
// -1 for none]. namedtuple builds a tuple subclass whose fields are properties.

import { i32, alloc, pushRoot, popRoots, rsp, setRsp, checkHostLen } from "../gc/heap";
import { C, T, TV, tv, INST } from "../core/types";
import { Q } from "../core/qstrdefs";
import {
  defType, defNative, newTypeIndex, romMap, TYPES, typeOf, typeName, raise, raiseArgs, typeError, valueError, bool, mkInt,
  newTuple, newValArr, newList, listAppend, listLen, listItems, tupleLen, isStr, toJs, isSubtype, newStr,
} from "../core/obj";
import {
  qv, reprOf, equals, hashOf, call, call0, getattr, isCallable, nativeSelf, allocInstance, newBound, internStr, callType,
} from "../core/runtime";
import { newDict, dictGet, dictSet, dictDelete, dictLen, dictClear, D } from "../core/map";
import { defModule } from "./modules";
import { qstrFromJs } from "../core/qstr";
import { dictForEach, dictUpdate, popEntry } from "./objdict";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { listFromIter, tupleFromIter } from "./objlist";
import { buildClass, newClassMethodValue } from "./objtype";
import { kwArg, toInt, named } from "./modutil";

let T_OD = 0,
  T_DD = 0,
  T_DEQUE = 0;

function kwInto(d: number, kw: number, nkw: number): void {
  for (let k = 0; k < nkw; k++) dictSet(d, i32[kw + 2 * k], i32[kw + 2 * k + 1]);
}

function isDictLike(v: number): boolean {
  return (v & 15) === 0 && v !== 0 && isSubtype(typeOf(v), TV.dict) && (typeOf(v) & 4) !== 0;
}

function itemsRepr(d: number): string {
  let s = "";
  dictForEach(d, function (e) {
    s += (s ? ", " : "") + "(" + reprOf(i32[e]) + ", " + reprOf(i32[e + 1]) + ")";
    checkHostLen(s.length);
  });
  return s;
}

// a new dict-layout object of type t with room for extra words
function newDictOf(t: number, words: number): number {
  const d = alloc(t, 16 + 4 * words);
  i32[(d >> 2) + D.USED] = 1;
  i32[(d >> 2) + D.FILL] = 1;
  return d;
}

// ---- OrderedDict ----

function odEq(a: number, b: number): number {
  if (!isDictLike(b)) return 0;
  if (dictLen(a) !== dictLen(b)) return C.False;
  const ka: number[] = [];
  dictForEach(a, function (e) {
    ka.push(i32[e], i32[e + 1]);
  });
  const ordered = typeOf(b) === T_OD && typeOf(a) === T_OD;
  let k = 0,
    same = true;
  dictForEach(b, function (e) {
    if (!same) return;
    if (ordered) {
      if (!equals(ka[k], i32[e]) || !equals(ka[k + 1], i32[e + 1])) same = false;
      k += 2;
    } else {
      const v = dictGet(a, i32[e]);
      if (v === 0 || !equals(v, i32[e + 1])) same = false;
    }
  });
  return bool(same);
}

const OD_MOVE = defNative(Q.move_to_end, 2, 3, function (a, n, kw, nkw) {
  const d = i32[a],
    key = i32[a + 1];
  const lv = n > 2 ? i32[a + 2] : kwArg(kw, nkw, Q.last);
  const last = lv === 0 || lv === C.True || (lv !== C.False && lv !== 1 && lv !== C.None);
  const v = dictDelete(d, key);
  if (v === 0) raiseArgs(tv(T.KeyError), key);
  pushRoot(v);
  if (last) dictSet(d, key, v);
  else {
    const rest = newList(0);
    pushRoot(rest);
    dictForEach(d, function (e) {
      listAppend(rest, i32[e]);
      listAppend(rest, i32[e + 1]);
    });
    dictClear(d);
    dictSet(d, key, v);
    for (let k = 0; k < listLen(rest); k += 2) dictSet(d, i32[listItems(rest) + k], i32[listItems(rest) + k + 1]);
    popRoots(1);
  }
  popRoots(1);
  return C.None;
});

const OD_POPITEM = defNative(Q.popitem, 1, 2, function (a, n, kw, nkw) {
  const d = i32[a];
  const lv = n > 1 ? i32[a + 1] : kwArg(kw, nkw, Q.last);
  const last = !(lv === C.False || lv === 1 || lv === C.None);
  if (dictLen(d) === 0) raise(tv(T.KeyError), "dictionary is empty");
  let e0 = -1;
  dictForEach(d, function (e) {
    if (last || e0 < 0) e0 = e;
  });
  return popEntry(d, e0);
});

// copy() for OrderedDict and defaultdict: same type, same factory
const DICT_COPY = defNative(Q.copy, 1, 1, function (a) {
  const src = i32[a];
  const t = typeOf(src);
  const d = newDictOf(t, t === T_DD ? 1 : 0);
  if (t === T_DD) i32[(d >> 2) + 4] = i32[(src >> 2) + 4];
  pushRoot(d);
  dictUpdate(d, src);
  popRoots(1);
  return d;
});

// ---- defaultdict ----

function ddGet(d: number, k: number): number {
  const v = dictGet(d, k);
  if (v !== 0) return v;
  const f = i32[(d >> 2) + 4];
  if (f === C.None) raiseArgs(tv(T.KeyError), k);
  const base = rsp;
  pushRoot(d);
  pushRoot(k);
  const x = call0(f);
  pushRoot(x);
  dictSet(d, k, x);
  setRsp(base);
  return x;
}

function initDictTypes(): void {
  const dt = TYPES[T.dict];
  T_OD = defType(newTypeIndex(), Q.OrderedDict, TV.dict, {
    make: function (a, n, kw, nkw) {
      if (n > 1) typeError("expected at most 1 arguments, got " + n);
      const d = newDictOf(T_OD, 0);
      pushRoot(d);
      if (n > 0) dictUpdate(d, i32[a]);
      kwInto(d, kw, nkw);
      popRoots(1);
      return d;
    },
    repr: function (d) {
      return dictLen(d) === 0 ? "OrderedDict()" : "OrderedDict([" + itemsRepr(d) + "])";
    },
    len: dt.len,
    getitem: dt.getitem,
    setitem: dt.setitem,
    iter: dt.iter,
    contains: dt.contains,
    eq: odEq,
    locals: romMap(named([OD_MOVE, OD_POPITEM, DICT_COPY])),
  });
  T_DD = defType(newTypeIndex(), Q.defaultdict, TV.dict, {
    make: function (a, n, kw, nkw) {
      const f = n > 0 ? i32[a] : C.None;
      if (f !== C.None && !isCallable(f)) typeError("first argument must be callable or None");
      const d = newDictOf(T_DD, 1);
      i32[(d >> 2) + 4] = f;
      pushRoot(d);
      if (n > 1) dictUpdate(d, i32[a + 1]);
      kwInto(d, kw, nkw);
      popRoots(1);
      return d;
    },
    repr: function (d) {
      const f = i32[(d >> 2) + 4];
      let s = "{";
      dictForEach(d, function (e) {
        s += (s.length > 1 ? ", " : "") + reprOf(i32[e]) + ": " + reprOf(i32[e + 1]);
        checkHostLen(s.length);
      });
      return "defaultdict(" + reprOf(f) + ", " + s + "})";
    },
    len: dt.len,
    getitem: ddGet,
    setitem: dt.setitem,
    iter: dt.iter,
    contains: dt.contains,
    eq: odEq,
    attr: function (d, q) {
      return q === qv(Q.default_factory) ? i32[(d >> 2) + 4] : 0;
    },
    locals: romMap(named([DICT_COPY])),
  });
}

// ---- deque ----

const DQ_ITEMS = 1,
  DQ_HEAD = 2,
  DQ_LEN = 3,
  DQ_MAX = 4;

function dqLen(d: number): number {
  return i32[(d >> 2) + DQ_LEN] >> 1;
}
function dqCap(d: number): number {
  return i32[(i32[(d >> 2) + DQ_ITEMS] >> 2) + 1] >> 1;
}
// word index of item k
function dqAt(d: number, k: number): number {
  const w = d >> 2;
  const cap = dqCap(d);
  return (i32[w + DQ_ITEMS] >> 2) + 2 + (((i32[w + DQ_HEAD] >> 1) + k) % cap);
}
function dqSet(d: number, head: number, len: number): void {
  i32[(d >> 2) + DQ_HEAD] = (head << 1) | 1;
  i32[(d >> 2) + DQ_LEN] = (len << 1) | 1;
}
function dqGrow(d: number): void {
  const n = dqLen(d),
    cap = dqCap(d);
  if (n < cap) return;
  pushRoot(d);
  const items = newValArr(cap * 2 + 4);
  popRoots(1);
  for (let k = 0; k < n; k++) i32[(items >> 2) + 2 + k] = i32[dqAt(d, k)];
  i32[(d >> 2) + DQ_ITEMS] = items;
  dqSet(d, 0, n);
}

function dqPush(d: number, x: number, left: boolean): void {
  const max = i32[(d >> 2) + DQ_MAX] >> 1;
  if (max === 0) return;
  if (max > 0 && dqLen(d) >= max) dqTake(d, !left);
  pushRoot(x);
  dqGrow(d);
  popRoots(1);
  const n = dqLen(d);
  const cap = dqCap(d);
  const head = i32[(d >> 2) + DQ_HEAD] >> 1;
  if (left) {
    const h = (head + cap - 1) % cap;
    dqSet(d, h, n + 1);
    i32[dqAt(d, 0)] = x;
  } else {
    dqSet(d, head, n + 1);
    i32[dqAt(d, n)] = x;
  }
}

function dqTake(d: number, left: boolean): number {
  const n = dqLen(d);
  if (n === 0) raise(tv(T.IndexError), "pop from an empty deque");
  const head = i32[(d >> 2) + DQ_HEAD] >> 1;
  const at = dqAt(d, left ? 0 : n - 1);
  const x = i32[at];
  i32[at] = 0;
  dqSet(d, left ? (head + 1) % dqCap(d) : head, n - 1);
  return x;
}

function newDeque(max: number): number {
  const items = newValArr(8);
  pushRoot(items);
  const d = alloc(T_DEQUE, 20);
  popRoots(1);
  i32[(d >> 2) + DQ_ITEMS] = items;
  dqSet(d, 0, 0);
  i32[(d >> 2) + DQ_MAX] = (max << 1) | 1;
  return d;
}

function dqExtend(d: number, src: number, left: boolean): void {
  const base = rsp;
  pushRoot(d);
  const l = listFromIter(src);
  pushRoot(l);
  for (let k = 0; k < listLen(l); k++) dqPush(d, i32[listItems(l) + k], left);
  setRsp(base);
}

function dqIndex(d: number, k: number): number {
  const n = dqLen(d);
  let i = toInt(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(tv(T.IndexError), "deque index out of range");
  return dqAt(d, i);
}

function dqFind(d: number, x: number): number {
  for (let k = 0; k < dqLen(d); k++) if (equals(i32[dqAt(d, k)], x)) return k;
  return -1;
}

// rebuilds d from a JS array of values (they stay reachable: the caller roots them or d holds them)
function dqRefill(d: number, vals: number[]): void {
  const base = rsp;
  for (let k = 0; k < vals.length; k++) pushRoot(vals[k]);
  pushRoot(d);
  const items = newValArr(vals.length + 8);
  for (let k = 0; k < vals.length; k++) i32[(items >> 2) + 2 + k] = vals[k];
  i32[(d >> 2) + DQ_ITEMS] = items;
  dqSet(d, 0, vals.length);
  setRsp(base);
}
function dqValues(d: number): number[] {
  const r: number[] = [];
  for (let k = 0; k < dqLen(d); k++) r.push(i32[dqAt(d, k)]);
  return r;
}

const DQ_ITER = defIterKind(function (it) {
  const d = iterObj(it);
  const k = iterPos(it);
  if (k >= dqLen(d)) return 0;
  setIterPos(it, k + 1);
  return i32[dqAt(d, k)];
});

const DQ_METHODS = [
  Q.append, 2, 2, function (a: number): number {
    dqPush(i32[a], i32[a + 1], false);
    return C.None;
  },
  Q.appendleft, 2, 2, function (a: number): number {
    dqPush(i32[a], i32[a + 1], true);
    return C.None;
  },
  Q.pop, 1, 1, function (a: number): number {
    return dqTake(i32[a], false);
  },
  Q.popleft, 1, 1, function (a: number): number {
    return dqTake(i32[a], true);
  },
  Q.extend, 2, 2, function (a: number): number {
    dqExtend(i32[a], i32[a + 1], false);
    return C.None;
  },
  Q.extendleft, 2, 2, function (a: number): number {
    dqExtend(i32[a], i32[a + 1], true);
    return C.None;
  },
  Q.clear, 1, 1, function (a: number): number {
    dqRefill(i32[a], []);
    return C.None;
  },
  Q.copy, 1, 1, function (a: number): number {
    const d = newDeque(i32[(i32[a] >> 2) + DQ_MAX] >> 1);
    pushRoot(d);
    dqExtend(d, i32[a], false);
    popRoots(1);
    return d;
  },
  Q.count, 2, 2, function (a: number): number {
    let c = 0;
    for (let k = 0; k < dqLen(i32[a]); k++) if (equals(i32[dqAt(i32[a], k)], i32[a + 1])) c++;
    return mkInt(c);
  },
  Q.index, 2, 4, function (a: number, n: number): number {
    const d = i32[a];
    const len = dqLen(d);
    let lo = n > 2 ? toInt(i32[a + 2]) : 0,
      hi = n > 3 ? toInt(i32[a + 3]) : len;
    if (lo < 0) lo = Math.max(0, lo + len);
    if (hi < 0) hi += len;
    for (let k = lo; k < Math.min(hi, len); k++) if (equals(i32[dqAt(d, k)], i32[a + 1])) return mkInt(k);
    valueError(reprOf(i32[a + 1]) + " is not in deque");
  },
  Q.insert, 3, 3, function (a: number): number {
    const d = i32[a];
    const max = i32[(d >> 2) + DQ_MAX] >> 1;
    if (max >= 0 && dqLen(d) >= max) raise(tv(T.IndexError), "deque already at its maximum size");
    const vals = dqValues(d);
    let i = toInt(i32[a + 1]);
    if (i < 0) i = Math.max(0, i + vals.length);
    if (i > vals.length) i = vals.length;
    vals.splice(i, 0, i32[a + 2]);
    dqRefill(d, vals);
    return C.None;
  },
  Q.remove, 2, 2, function (a: number): number {
    const d = i32[a];
    const k = dqFind(d, i32[a + 1]);
    if (k < 0) valueError("deque.remove(x): x not in deque");
    const vals = dqValues(d);
    vals.splice(k, 1);
    dqRefill(d, vals);
    return C.None;
  },
  Q.reverse, 1, 1, function (a: number): number {
    dqRefill(i32[a], dqValues(i32[a]).reverse());
    return C.None;
  },
  Q.rotate, 1, 2, function (a: number, n: number): number {
    const d = i32[a];
    const len = dqLen(d);
    if (len === 0) return C.None;
    let r = n > 1 ? toInt(i32[a + 1]) : 1;
    r = ((r % len) + len) % len;
    const vals = dqValues(d);
    dqRefill(d, vals.slice(len - r).concat(vals.slice(0, len - r)));
    return C.None;
  },
];

function dqRepr(d: number): string {
  let s = "deque([";
  for (let k = 0; k < dqLen(d); k++) {
    s += (k ? ", " : "") + reprOf(i32[dqAt(d, k)]);
    checkHostLen(s.length);
  }
  const max = i32[(d >> 2) + DQ_MAX] >> 1;
  return s + "]" + (max >= 0 ? ", maxlen=" + max : "") + ")";
}

function initDeque(): void {
  const locals: number[] = [];
  for (let k = 0; k < DQ_METHODS.length; k += 4) locals.push(qv(DQ_METHODS[k] as number), defNative(DQ_METHODS[k] as number, DQ_METHODS[k + 1] as number, DQ_METHODS[k + 2] as number, DQ_METHODS[k + 3] as any));
  T_DEQUE = defType(newTypeIndex(), Q.deque, TV.object, {
    make: function (a, n, kw, nkw) {
      const mv = n > 1 ? i32[a + 1] : kwArg(kw, nkw, Q.maxlen);
      let max = -1;
      if (mv !== 0 && mv !== C.None) {
        max = toInt(mv);
        if (max < 0) valueError("maxlen must be non-negative");
      }
      const d = newDeque(max);
      const src = n > 0 ? i32[a] : kwArg(kw, nkw, Q.iterable);
      if (src !== 0) {
        pushRoot(d);
        dqExtend(d, src, false);
        popRoots(1);
      }
      return d;
    },
    repr: dqRepr,
    len: dqLen,
    iter: function (d) {
      return newIter(DQ_ITER, d, 0);
    },
    getitem: function (d, k) {
      return i32[dqIndex(d, k)];
    },
    setitem: function (d, k, x) {
      const at = dqIndex(d, k);
      if (x !== 0) {
        i32[at] = x;
        return;
      }
      const vals = dqValues(d);
      let i = toInt(k);
      if (i < 0) i += vals.length;
      vals.splice(i, 1);
      dqRefill(d, vals);
    },
    contains: function (d, x) {
      return dqFind(d, x) >= 0;
    },
    eq: function (a, b) {
      if (typeOf(b) !== T_DEQUE) return 0;
      if (dqLen(a) !== dqLen(b)) return C.False;
      for (let k = 0; k < dqLen(a); k++) if (!equals(i32[dqAt(a, k)], i32[dqAt(b, k)])) return C.False;
      return C.True;
    },
    attr: function (d, q) {
      if (q !== qv(Q.maxlen)) return 0;
      const m = i32[(d >> 2) + DQ_MAX] >> 1;
      return m < 0 ? C.None : mkInt(m);
    },
    locals: romMap(locals),
  });
}

// ---- namedtuple ----

// the fields tuple and defaults dict of a namedtuple class
function ntFields(cls: number): number {
  return getattr(cls, qv(Q._fields));
}

// __new__(cls, *values, **fields)
const NT_NEW = defNative(Q.__new__, 1, 255, function (a, n, kw, nkw) {
  const cls = i32[a];
  const base = rsp;
  const fields = ntFields(cls);
  pushRoot(fields);
  const defs = getattr(cls, qv(Q._field_defaults));
  pushRoot(defs);
  const nf = tupleLen(fields);
  if (n - 1 > nf) typeError("__new__() takes " + (nf + 1) + " positional arguments but " + n + " were given");
  const t = newTuple(nf);
  pushRoot(t);
  for (let k = 0; k < n - 1; k++) i32[(t >> 2) + 2 + k] = i32[a + 1 + k];
  for (let j = 0; j < nkw; j++) {
    const name = i32[kw + 2 * j];
    let k = 0;
    while (k < nf && i32[(fields >> 2) + 2 + k] !== name) k++;
    if (k === nf) typeError("__new__() got an unexpected keyword argument '" + toJs(name) + "'");
    if (i32[(t >> 2) + 2 + k] !== 0) typeError("__new__() got multiple values for argument '" + toJs(name) + "'");
    i32[(t >> 2) + 2 + k] = i32[kw + 2 * j + 1];
  }
  const missing: string[] = [];
  for (let k = 0; k < nf; k++) {
    if (i32[(t >> 2) + 2 + k] !== 0) continue;
    const name = i32[(fields >> 2) + 2 + k];
    const dv = dictGet(defs, name);
    if (dv !== 0) i32[(t >> 2) + 2 + k] = dv;
    else missing.push("'" + toJs(name) + "'");
  }
  if (missing.length)
    typeError("__new__() missing " + missing.length + " required positional argument" + (missing.length > 1 ? "s" : "") + ": " + (missing.length > 1 ? missing.slice(0, -1).join(", ") + " and " + missing[missing.length - 1] : missing[0]));
  const inst = allocInstance(cls, 0, 0, 0, 0);
  i32[(inst >> 2) + INST.sub] = t;
  setRsp(base);
  return inst;
});

// field getter: bound to the field's index
const NT_FIELD = defNative(Q.field, 2, 2, function (a) {
  const t = nativeSelf(i32[a + 1]);
  return i32[(t >> 2) + 2 + (i32[a] >> 1)];
});

function ntRepr(a: number): number {
  const o = i32[a + 1];
  const fields = ntFields(typeOf(o));
  const t = nativeSelf(o);
  let s = typeName(typeOf(o)) + "(";
  for (let k = 0; k < tupleLen(fields); k++) s += (k ? ", " : "") + toJs(i32[(fields >> 2) + 2 + k]) + "=" + reprOf(i32[(t >> 2) + 2 + k]);
  return newStr(s + ")");
}

const NT_REPR = defNative(Q.__repr__, 2, 2, ntRepr);
const NT_HASH = defNative(Q.__hash__, 2, 2, function (a) {
  return mkInt(hashOf(nativeSelf(i32[a + 1])));
});

// _asdict and _replace are properties returning a method bound to the instance (a builtin found
// on a class would be called with the tuple inside the instance, not the instance)
const NT_ASDICT = defNative(Q._asdict, 1, 1, function (a) {
  const o = i32[a];
  const fields = ntFields(typeOf(o));
  pushRoot(fields);
  const t = nativeSelf(o);
  const d = newDict();
  pushRoot(d);
  for (let k = 0; k < tupleLen(fields); k++) dictSet(d, i32[(fields >> 2) + 2 + k], i32[(t >> 2) + 2 + k]);
  popRoots(2);
  return d;
});

const NT_REPLACE = defNative(Q._replace, 1, 1, function (a, n, kw, nkw) {
  const o = i32[a];
  const cls = typeOf(o);
  const fields = ntFields(cls);
  const base = rsp;
  pushRoot(fields);
  const t = nativeSelf(o);
  const nf = tupleLen(fields);
  const p = rsp;
  for (let k = 0; k < nf + 1; k++) pushRoot(0);
  i32[p] = cls;
  for (let k = 0; k < nf; k++) i32[p + 1 + k] = i32[(t >> 2) + 2 + k];
  for (let j = 0; j < nkw; j++) {
    let k = 0;
    while (k < nf && i32[(fields >> 2) + 2 + k] !== i32[kw + 2 * j]) k++;
    if (k === nf) valueError("Got unexpected field names: ['" + toJs(i32[kw + 2 * j]) + "']");
    i32[p + 1 + k] = i32[kw + 2 * j + 1];
  }
  const r = call(NT_NEW, p, nf + 1, 0, 0);
  setRsp(base);
  return r;
});

const NT_MAKE = defNative(Q._make, 2, 2, function (a) {
  const base = rsp;
  const t = tupleFromIter(i32[a + 1]);
  pushRoot(t);
  const n = tupleLen(t);
  const p = rsp;
  pushRoot(i32[a]);
  for (let k = 0; k < n; k++) pushRoot(i32[(t >> 2) + 2 + k]);
  const r = call(NT_NEW, p, n + 1, 0, 0);
  setRsp(base);
  return r;
});

// property getter bound to an implementation: returns the implementation bound to the instance
const NT_METHOD = defNative(Q.method, 2, 2, function (a) {
  return newBound(i32[a + 1], i32[a]);
});

function isIdent(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) && KEYWORDS.indexOf(" " + s + " ") < 0;
}
const KEYWORDS = " False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield ";

function prop(getter: number): number {
  const p = rsp;
  pushRoot(getter);
  const r = callType(TV.property, p, 1, 0, 0);
  setRsp(p);
  return r;
}

const NAMEDTUPLE = defNative(Q.namedtuple, 2, 2, function (a, n, kw, nkw) {
  const base = rsp;
  const tn = i32[a];
  if (!isStr(tn)) typeError("namedtuple() argument 1 must be str");
  let names: string[] = [];
  const fv = i32[a + 1];
  if (isStr(fv)) names = toJs(fv).replace(/,/g, " ").split(/\s+/).filter(function (s) {
    return s !== "";
  });
  else {
    const l = listFromIter(fv);
    for (let k = 0; k < listLen(l); k++) {
      const x = i32[listItems(l) + k];
      if (!isStr(x)) typeError("Type names and field names must be strings");
      names.push(toJs(x));
    }
  }
  const rn = kwArg(kw, nkw, Q.rename);
  const rename = rn !== 0 && rn !== C.False && rn !== 1 && rn !== C.None;
  if (rename) {
    const seen: string[] = [];
    names = names.map(function (s, k) {
      const bad = !isIdent(s) || s.charAt(0) === "_" || seen.indexOf(s) >= 0;
      seen.push(s);
      return bad ? "_" + k : s;
    });
  }
  const all = [toJs(tn)].concat(names);
  for (let k = 0; k < all.length; k++) if (!isIdent(all[k])) valueError("Type names and field names must be valid identifiers: '" + all[k] + "'");
  for (let k = 0; k < names.length; k++) {
    if (names[k].charAt(0) === "_" && !rename) valueError("Field names cannot start with an underscore: '" + names[k] + "'");
    if (names.indexOf(names[k]) < k) valueError("Encountered duplicate field name: '" + names[k] + "'");
  }
  const d = newDict();
  pushRoot(d);
  const fields = newTuple(names.length);
  pushRoot(fields);
  for (let k = 0; k < names.length; k++) i32[(fields >> 2) + 2 + k] = qv(qstrFromJs(names[k]));
  dictSet(d, qv(Q._fields), fields);
  const defs = newDict();
  dictSet(d, qv(Q._field_defaults), defs);
  const dv = kwArg(kw, nkw, Q.defaults);
  if (dv !== 0 && dv !== C.None) {
    const l = listFromIter(dv);
    pushRoot(l);
    const nd = listLen(l);
    if (nd > names.length) typeError("Got more default values than field names");
    for (let k = 0; k < nd; k++) dictSet(defs, i32[(fields >> 2) + 2 + names.length - nd + k], i32[listItems(l) + k]);
  }
  const sm = alloc(TV.staticmethod, 8);
  i32[(sm >> 2) + 1] = NT_NEW;
  dictSet(d, qv(Q.__new__), sm);
  for (let k = 0; k < names.length; k++) dictSet(d, i32[(fields >> 2) + 2 + k], prop(newBound(mkInt(k), NT_FIELD)));
  dictSet(d, qv(Q.__repr__), newBound(C.None, NT_REPR));
  dictSet(d, qv(Q.__hash__), newBound(C.None, NT_HASH));
  dictSet(d, qv(Q._asdict), prop(newBound(NT_ASDICT, NT_METHOD)));
  dictSet(d, qv(Q._replace), prop(newBound(NT_REPLACE, NT_METHOD)));
  dictSet(d, qv(Q._make), newClassMethodValue(NT_MAKE));
  const name = internStr(tn);
  const bases = newTuple(1);
  i32[(bases >> 2) + 2] = TV.tuple;
  const cls = buildClass(name, bases, d, 0);
  setRsp(base);
  return cls;
});

export function initCollections(): void {
  const table = function () {
    if (T_OD === 0) {
      initDictTypes();
      initDeque();
    }
    return [qv(Q.namedtuple), NAMEDTUPLE, qv(Q.OrderedDict), T_OD, qv(Q.defaultdict), T_DD, qv(Q.deque), T_DEQUE];
  };
  defModule(Q.collections, table);
}

