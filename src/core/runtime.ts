// The operations every type goes through: attributes, calls, operators, iteration, hashing,
// equality, truth, repr. Builtin types answer through the slots of their TypeInfo; user classes
// through their special methods.

import { i32, alloc, pushRoot, popRoots, rsp, setRsp, reserveRoots } from "../gc/heap";
import { C, T, TV, tv, CLS, INST, EXC } from "./types";
import { Q } from "./qstrdefs";
import { TYPES, NATIVE, NATIVE_ARGS, NATIVE_NAME, NATIVE_CLASSMETH, typeOf, typeName, romLookup, isSubtype, nativeType, raise, typeError, newTuple, strHash, bool, TypeInfo, isStr, defNative, mkInt, newStr } from "./obj";
import { qstrStr, qstrFromStrObj } from "./qstr";
import { dictGet, dictSet, dictDelete, newDict } from "./map";
import { callPython, pollInterrupt, isGeneratorFunc } from "./vm";
import { BinOp, CmpOp, UnOp, Op } from "./bytecode";

// ---- special method names for the operators ----

// by BinOp: the names (qstrs), then the reflected ones (+ RNAMES), the in-place ones (+ INAMES);
// by CmpOp: the names (+ CMP_NAMES), then the operation with the operands swapped (+ CMP_SWAP).
// One typed array: on Espruino a plain array costs a JsVar per element.
const OP_NAMES = new Uint16Array([
  Q.__add__, Q.__sub__, Q.__mul__, Q.__truediv__, Q.__floordiv__, Q.__mod__, Q.__pow__, Q.__lshift__, Q.__rshift__, Q.__and__, Q.__or__, Q.__xor__, Q.__matmul__,
  Q.__radd__, Q.__rsub__, Q.__rmul__, Q.__rtruediv__, Q.__rfloordiv__, Q.__rmod__, Q.__rpow__, Q.__rlshift__, Q.__rrshift__, Q.__rand__, Q.__ror__, Q.__rxor__, Q.__rmatmul__,
  Q.__iadd__, Q.__isub__, Q.__imul__, Q.__itruediv__, Q.__ifloordiv__, Q.__imod__, Q.__ipow__, Q.__ilshift__, Q.__irshift__, Q.__iand__, Q.__ior__, Q.__ixor__, Q.__imatmul__,
  Q.__lt__, Q.__le__, Q.__eq__, Q.__ne__, Q.__gt__, Q.__ge__,
  CmpOp.GT, CmpOp.GE, CmpOp.EQ, CmpOp.NE, CmpOp.LT, CmpOp.LE,
]);
const RNAMES = BinOp.N,
  INAMES = 2 * BinOp.N,
  CMP_NAMES = 3 * BinOp.N,
  CMP_SWAP = CMP_NAMES + 6;

export function qv(q: number): number {
  return (q << 2) | 2;
}

// The interned names that the runtime and the VM look up, as values: QV.x is QV.x written as
// a constant, so that the bundle has a number literal where QV.x would be a call.
export const enum QV {
  $builtins = (Q.$builtins << 2) | 2,
  __aenter__ = (Q.__aenter__ << 2) | 2,
  __aexit__ = (Q.__aexit__ << 2) | 2,
  __aiter__ = (Q.__aiter__ << 2) | 2,
  __all__ = (Q.__all__ << 2) | 2,
  __anext__ = (Q.__anext__ << 2) | 2,
  __await__ = (Q.__await__ << 2) | 2,
  __bases__ = (Q.__bases__ << 2) | 2,
  __bool__ = (Q.__bool__ << 2) | 2,
  __call__ = (Q.__call__ << 2) | 2,
  __class__ = (Q.__class__ << 2) | 2,
  __contains__ = (Q.__contains__ << 2) | 2,
  __delitem__ = (Q.__delitem__ << 2) | 2,
  __dict__ = (Q.__dict__ << 2) | 2,
  __enter__ = (Q.__enter__ << 2) | 2,
  __eq__ = (Q.__eq__ << 2) | 2,
  __exit__ = (Q.__exit__ << 2) | 2,
  __get__ = (Q.__get__ << 2) | 2,
  __getattr__ = (Q.__getattr__ << 2) | 2,
  __getitem__ = (Q.__getitem__ << 2) | 2,
  __hash__ = (Q.__hash__ << 2) | 2,
  __init__ = (Q.__init__ << 2) | 2,
  __invert__ = (Q.__invert__ << 2) | 2,
  __iter__ = (Q.__iter__ << 2) | 2,
  __len__ = (Q.__len__ << 2) | 2,
  __missing__ = (Q.__missing__ << 2) | 2,
  __mro__ = (Q.__mro__ << 2) | 2,
  __name__ = (Q.__name__ << 2) | 2,
  __neg__ = (Q.__neg__ << 2) | 2,
  __new__ = (Q.__new__ << 2) | 2,
  __next__ = (Q.__next__ << 2) | 2,
  __pos__ = (Q.__pos__ << 2) | 2,
  __repr__ = (Q.__repr__ << 2) | 2,
  __setitem__ = (Q.__setitem__ << 2) | 2,
  __str__ = (Q.__str__ << 2) | 2,
  send = (Q.send << 2) | 2,
  throw = (Q.throw << 2) | 2,
}

// ---- user classes ----

export function isUserClass(t: number): boolean {
  return (t & 15) === 0 && t !== 0 && i32[t >> 2] === TV.type;
}

export function isUserInstance(v: number): boolean {
  return (v & 15) === 0 && v !== 0 && isUserClass(i32[v >> 2]);
}

// Looks a name up along a type's method resolution order; 0 when absent.
export function lookupType(t: number, name: number): number {
  if (t & 4) {
    for (;;) {
      const info = TYPES[t >> 3];
      if (info.locals) {
        const v = romLookup(info.locals, name);
        if (v !== 0) return v;
      } else if (info.lazy) {
        info.lazy();
        continue;
      }
      if (!info.base) {
        if (t === TV.object) return 0;
        t = TV.object;
      } else t = info.base;
    }
  }
  const mro = i32[(t >> 2) + CLS.mro];
  const mw = mro >> 2;
  const n = i32[mw + 1] >> 1;
  for (let k = 0; k < n; k++) {
    const c = i32[mw + 2 + k];
    if (c & 4) {
      const v = lookupType(c, name);
      if (v !== 0) return v;
    } else {
      const v = dictGet(i32[(c >> 2) + CLS.dict], name);
      if (v !== 0) return v;
    }
  }
  return 0;
}

// A name defined in Python along t's mro (natives such as object.__repr__ do not count).
export function lookupUser(t: number, name: number): number {
  const m = lookupType(t, name);
  return m !== 0 && typeOf(m) === TV.builtin ? 0 : m;
}

// A special method of v's class (user classes only); 0 when v's class does not define it.
export function special(v: number, q: number): number {
  const t = typeOf(v);
  if (t & 4) return 0;
  return lookupType(t, qv(q));
}

// The native object inside a user instance of a builtin subclass, or v itself.
export function nativeSelf(v: number): number {
  if (isUserInstance(v)) {
    const s = i32[(v >> 2) + INST.sub];
    if (s !== 0) return s;
  }
  return v;
}

// ---- calls ----

// Calls f with the arguments at i32[a..a+n) and keywords at i32[kw..kw+2*nkw).
export function call(f: number, a: number, n: number, kw: number, nkw: number): number {
  const t = typeOf(f);
  if (t === TV.builtin) {
    const k = f >> 3;
    const ar = NATIVE_ARGS[k];
    if (n < ar >> 8 || (n > (ar & 255) && (ar & 255) !== 255)) arityError(NATIVE_NAME[k], ar, n);
    return NATIVE[k](a, n, kw, nkw, k);
  }
  if (t === TV.function) return callPython(f, a, n, kw, nkw);
  if (t === TV.boundmeth) {
    // (not through callMethod: one JS call less per Python call, and deep recursion runs out of
    // Python frames before the JS stack)
    const w = f >> 2;
    if (i32[w + 3] !== 0) return callUnboundNative(i32[w + 1], i32[w + 2], a, n, kw, nkw);
    const base = rsp;
    const p = reserveRoots(n + 1 + 2 * nkw);
    i32[p] = i32[w + 1];
    for (let k = 0; k < n; k++) i32[p + 1 + k] = i32[a + k];
    for (let k = 0; k < 2 * nkw; k++) i32[p + 1 + n + k] = i32[kw + k];
    const r = call(i32[w + 2], p, n + 1, p + 1 + n, nkw);
    setRsp(base);
    return r;
  }
  if (t === TV.type) return callType(f, a, n, kw, nkw);
  const info = TYPES[nativeType(t) >> 3];
  if (t & 4) {
    if (info && info.call) return info.call(f, a, n, kw, nkw);
  } else {
    const m = lookupType(t, QV.__call__);
    if (m !== 0) return callMethod(m, f, a, n, kw, nkw);
  }
  objError(f, "isn't callable");
}

// TypeError: "'<v's type>' object <what>"
export function objError(v: number, what: string): never {
  typeError("'" + typeName(typeOf(v)) + "' object " + what);
}

// __init__'s result r, which must be None
export function initResult(r: number): void {
  if (r !== C.None) typeError("__init__() should return None, not '" + typeName(typeOf(r)) + "'");
}

function arityError(name: number, ar: number, n: number): never {
  const min = ar >> 8,
    max = ar & 255;
  if (min === max) typeError("function takes " + min + " positional arguments but " + n + " were given");
  if (n < min) typeError("function missing " + (min - n) + " required positional arguments");
  typeError("function expected at most " + max + " arguments, got " + n);
}

// Calls method m (found on a class) with self prepended; when plain, calls m with self
// prepended as any callable (not as an attribute of a class: no staticmethod or classmethod).
export function callMethod(m: number, self: number, a: number, n: number, kw: number, nkw: number, plain?: boolean): number {
  const base = rsp;
  const p = reserveRoots(n + 1 + 2 * nkw);
  i32[p] = self;
  for (let k = 0; k < n; k++) i32[p + 1 + k] = i32[a + k];
  for (let k = 0; k < 2 * nkw; k++) i32[p + 1 + n + k] = i32[kw + k];
  const r = plain ? call(m, p, n + 1, p + 1 + n, nkw) : callUnbound(m, p, n + 1, p + 1 + n, nkw);
  setRsp(base);
  return r;
}

// Calls an attribute found on a class as a method of the instance in i32[a].
function callUnbound(m: number, a: number, n: number, kw: number, nkw: number): number {
  const t = typeOf(m);
  if (t === TV.staticmethod) return call(i32[(m >> 2) + 1], a + 1, n - 1, kw, nkw);
  if (t === TV.classmethod) {
    i32[a] = typeOf(i32[a]);
    return call(i32[(m >> 2) + 1], a, n, kw, nkw);
  }
  if (t === TV.builtin) i32[a] = nativeSelf(i32[a]);
  return call(m, a, n, kw, nkw);
}

export function call0(f: number): number {
  return call(f, 0, 0, 0, 0);
}
export function call1(f: number, x: number): number {
  const p = rsp;
  pushRoot(x);
  const r = call(f, p, 1, 0, 0);
  setRsp(p);
  return r;
}
export function call2(f: number, x: number, y: number): number {
  const p = rsp;
  pushRoot(x);
  pushRoot(y);
  const r = call(f, p, 2, 0, 0);
  setRsp(p);
  return r;
}
export function callMethod0(m: number, self: number): number {
  return callMethod(m, self, 0, 0, 0, 0);
}
export function callMethod1(m: number, self: number, x: number): number {
  const p = rsp;
  pushRoot(x);
  const r = callMethod(m, self, p, 1, 0, 0);
  setRsp(p);
  return r;
}
export function callMethod2(m: number, self: number, x: number, y: number): number {
  const p = rsp;
  pushRoot(x);
  pushRoot(y);
  const r = callMethod(m, self, p, 2, 0, 0);
  setRsp(p);
  return r;
}

// Calling a type: builtin types construct through their make slot; user classes build an
// instance and run __init__.
export function callType(t: number, a: number, n: number, kw: number, nkw: number): number {
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (!info.make) typeError("cannot create '" + typeName(t) + "' instances");
    return info.make(a, n, kw, nkw, t);
  }
  const inst = newInstance(t, a, n, kw, nkw);
  const init = lookupUser(t, QV.__init__);
  // __init__ runs only when __new__ made an instance of the class
  if (init !== 0 && isSubtype(typeOf(inst), t)) {
    pushRoot(inst);
    initResult(callMethod(init, inst, a, n, kw, nkw));
    popRoots(1);
  }
  return inst;
}

// object.__new__ for a user class, or the class's own __new__.
export function newInstance(t: number, a: number, n: number, kw: number, nkw: number): number {
  const nw = lookupUser(t, QV.__new__);
  if (nw !== 0) return callMethod(typeOf(nw) === TV.staticmethod ? i32[(nw >> 2) + 1] : nw, t, a, n, kw, nkw, true);
  return allocInstance(t, a, n, kw, nkw);
}

export function allocInstance(t: number, a: number, n: number, kw: number, nkw: number): number {
  const nat = i32[(t >> 2) + CLS.native];
  let sub = 0;
  if (nat !== TV.object) {
    const info = TYPES[nat >> 3];
    if (isSubtype(nat, TV.BaseException)) {
      const args = newTuple(n);
      for (let k = 0; k < n; k++) i32[(args >> 2) + 2 + k] = i32[a + k];
      pushRoot(args);
      sub = alloc(nat, 16);
      popRoots(1);
      i32[(sub >> 2) + EXC.args] = args;
    } else if (info.make) {
      // immutable natives take their value now; mutable ones when __init__ has no say in it
      const immutable = nat === TV.str || nat === TV.int || nat === TV.float || nat === TV.tuple || nat === TV.bytes || nat === TV.frozenset || nat === TV.complex;
      const all = immutable || lookupUser(t, QV.__init__) === 0;
      sub = info.make(a, all ? n : 0, kw, all ? nkw : 0, nat);
    }
  }
  pushRoot(sub);
  const inst = alloc(t, 12);
  popRoots(1);
  i32[(inst >> 2) + INST.sub] = sub;
  return inst;
}

// ---- attributes ----

// With a REPL, a property's Python getter or setter that LOAD_ATTR or STORE_ATTR meets is not
// called but left in frameFn[0], and the VM runs it as a frame of its loop (vm.ts METHOD_FRAMES).
export const METHOD_FRAMES = MPJS_REPL || MPJS_ASYNCIO;
export const frameFn = [0];

// o.name, else dflt; LOAD_ATTR's dflt is C.Skip (see frameFn)
export function getattrOr(o: number, name: number, dflt: number): number {
  const t = typeOf(o);
  if (t & 4) {
    // builtin type instances, modules, types
    if (t === TV.module) {
      const v = dictGet(i32[(o >> 2) + 2], name);
      if (v !== 0) return v;
      if (name === QV.__name__) return i32[(o >> 2) + 1];
      if (name === QV.__dict__) return i32[(o >> 2) + 2];
      return dflt;
    }
    if (t === TV.type) return typeAttr(o, name, dflt);
    const info = TYPES[t >> 3];
    if (info.attr) {
      const v = info.attr(o, name);
      if (v !== 0) return v;
    }
    const m = lookupType(t, name);
    if (m !== 0) return bindFound(m, o, t);
    if (name === QV.__class__) return t;
    return dflt;
  }
  // a user instance
  const m = lookupType(t, name);
  if (m !== 0) {
    const mt = typeOf(m);
    if (mt === TV.property) {
      const g = i32[(m >> 2) + 1];
      if (METHOD_FRAMES && dflt === C.Skip && typeOf(g) === TV.function) {
        frameFn[0] = g;
        return dflt;
      }
      return bindFound(m, o, t);
    }
    if (isUserInstance(m) && lookupType(typeOf(m), QV.__get__) !== 0) {
      return callDescrGet(m, o, t);
    }
  }
  const d = i32[(o >> 2) + INST.dict];
  if (d !== 0) {
    const v = dictGet(d, name);
    if (v !== 0) return v;
  }
  if (m !== 0) return bindFound(m, o, t);
  if (name === QV.__class__) return t;
  if (name === QV.__dict__) {
    if (d === 0) return ensureDict(o);
    return d;
  }
  const sub = i32[(o >> 2) + INST.sub];
  if (sub !== 0) {
    const info = TYPES[typeOf(sub) >> 3];
    if (info.attr) {
      const v = info.attr(sub, name);
      if (v !== 0) return v;
    }
  }
  const ga = lookupType(t, QV.__getattr__);
  if (ga !== 0) return callMethod1(ga, o, name);
  return dflt;
}

function callDescrGet(m: number, o: number, t: number): number {
  return callMethod2(lookupType(typeOf(m), QV.__get__), m, o, t);
}

function ensureDict(o: number): number {
  pushRoot(o);
  const d = newDict();
  popRoots(1);
  i32[(o >> 2) + INST.dict] = d;
  return d;
}

// An attribute found on a class, as seen through an instance: functions become bound methods.
export function bindFound(m: number, o: number, t: number): number {
  const mt = typeOf(m);
  if (mt === TV.builtin && NATIVE_CLASSMETH[m >> 3]) return newBound(t, m);
  if (mt === TV.function || mt === TV.builtin) return newBound(mt === TV.builtin ? nativeSelf(o) : o, m);
  if (mt === TV.staticmethod) return i32[(m >> 2) + 1];
  if (mt === TV.classmethod) return newBound(t, i32[(m >> 2) + 1]);
  if (mt === TV.property) {
    const g = i32[(m >> 2) + 1];
    if (g === C.None) raise(tv(T.AttributeError), "unreadable attribute");
    return call1(g, o);
  }
  return m;
}

export function newBound(self: number, f: number): number {
  pushRoot(self);
  pushRoot(f);
  const b = alloc(TV.boundmeth, 12);
  popRoots(2);
  i32[(b >> 2) + 1] = self;
  i32[(b >> 2) + 2] = f;
  return b;
}

// A builtin type's method taken from the type (list.append, dict.__setitem__): a bound method
// marked unbound (its third word), holding the type whose method it is instead of a self. A
// native reads its self's words as its own type's, so the call checks the self first, as
// CPython's method descriptors do.
function unboundNative(t: number, m: number): number {
  // the owner: the builtin type along t's bases whose own table has m
  let o = t & 4 ? t : i32[(t >> 2) + CLS.native] || TV.object;
  for (;;) {
    const info = TYPES[o >> 3];
    if (o === TV.object || (info.locals && romLookup(info.locals, qv(NATIVE_NAME[m >> 3])) === m) || slotNative(o, qv(NATIVE_NAME[m >> 3])) === m) break;
    o = info.base || TV.object;
  }
  const b = newBound(o, m);
  i32[(b >> 2) + 3] = 1;
  return b;
}

function callUnboundNative(owner: number, m: number, a: number, n: number, kw: number, nkw: number): number {
  const self = n > 0 ? i32[a] : 0;
  if (self === 0 || !isSubtype(typeOf(self), owner))
    typeError("descriptor '" + qstrStr(NATIVE_NAME[m >> 3]) + "' for '" + typeName(owner) + "' objects doesn't apply to a '" + (self === 0 ? "nothing" : typeName(typeOf(self))) + "' object");
  if (owner !== TV.object) i32[a] = nativeSelf(self);
  return call(m, a, n, kw, nkw);
}

// The special methods of the builtin types' slots as attributes, as MicroPython's dict has them
// (dict.__setitem__(self, k, v), super().__getitem__(k) in a subclass): 0 when t has no such slot.
const SLOT_GETITEM = defNative(Q.__getitem__, 2, 2, function (a) {
  return getitem(i32[a], i32[a + 1]);
});
const SLOT_SETITEM = defNative(Q.__setitem__, 3, 3, function (a) {
  setitem(i32[a], i32[a + 1], i32[a + 2]);
  return C.None;
});
const SLOT_DELITEM = defNative(Q.__delitem__, 2, 2, function (a) {
  setitem(i32[a], i32[a + 1], 0);
  return C.None;
});
// len(x) and x.__len__(), repr(x) and object.__str__(x): one function each pair
export function lenNative(a: number): number {
  return mkInt(lenOf(i32[a]));
}
export function reprNative(a: number): number {
  return newStr(reprOf(i32[a]));
}
const SLOT_LEN = defNative(Q.__len__, 1, 1, lenNative);
const SLOT_CONTAINS = defNative(Q.__contains__, 2, 2, function (a) {
  return bool(contains(i32[a], i32[a + 1]));
});
const SLOT_ITER = defNative(Q.__iter__, 1, 1, function (a) {
  return getIter(i32[a]);
});
export function slotNative(t: number, name: number): number {
  if (!(t & 4)) return 0;
  const info = TYPES[t >> 3];
  if (name === QV.__getitem__) return info.getitem ? SLOT_GETITEM : 0;
  if (name === QV.__setitem__) return info.setitem ? SLOT_SETITEM : 0;
  if (name === QV.__delitem__) return info.setitem ? SLOT_DELITEM : 0;
  if (name === QV.__len__) return info.len ? SLOT_LEN : 0;
  if (name === QV.__contains__) return info.contains ? SLOT_CONTAINS : 0;
  if (name === QV.__iter__) return info.iter ? SLOT_ITER : 0;
  return 0;
}

// The base of a builtin type (object's: 0).
function builtinBase(t: number): number {
  return t === TV.object ? 0 : TYPES[t >> 3].base || TV.object;
}

// Attribute of a type object (the class itself, not an instance).
function typeAttr(t: number, name: number, dflt: number): number {
  let m = lookupType(t, name);
  if (m === 0 && t & 4) m = slotNative(t, name);
  if (m !== 0) {
    const mt = typeOf(m);
    if (mt === TV.staticmethod) return i32[(m >> 2) + 1];
    if (mt === TV.classmethod) return newBound(t, i32[(m >> 2) + 1]);
    if (mt === TV.builtin && NATIVE_CLASSMETH[m >> 3]) return newBound(t, m);
    // (a native a Python class body holds, as `f = len`, is a plain function there)
    if (mt === TV.builtin && name !== QV.__new__ && (t & 4 || lookupUser(t, name) === 0)) return unboundNative(t, m);
    if (isUserInstance(m) && lookupType(typeOf(m), QV.__get__) !== 0) return callDescrGet(m, C.None, t);
    return m;
  }
  if (name === QV.__name__) {
    return t & 4 ? qv(TYPES[t >> 3].name) : i32[(t >> 2) + CLS.name];
  }
  const mro = name === QV.__mro__;
  if (mro || name === QV.__bases__) {
    if (!(t & 4)) return i32[(t >> 2) + (mro ? CLS.mro : CLS.bases)];
    // a builtin type: the chain of its bases up to object; __bases__ is the first base alone
    let n = 0;
    for (let c = t; c !== 0; c = builtinBase(c)) n++;
    if (!mro) n = n > 1 ? 1 : 0;
    const tu = newTuple(n);
    let c = mro ? t : builtinBase(t);
    for (let k = 0; k < n; k++, c = builtinBase(c)) i32[(tu >> 2) + 2 + k] = c;
    return tu;
  }
  if (name === QV.__dict__ && !(t & 4)) return i32[(t >> 2) + CLS.dict];
  if (name === QV.__class__) return TV.type;
  if (!(t & 4)) {
    // a metaclass-less class: type's own attributes
    const g = lookupType(TV.type, name);
    if (g !== 0) return newBound(t, g);
  }
  return dflt;
}

export function getattr(o: number, name: number): number {
  const v = getattrOr(o, name, 0);
  if (v === 0) attrError(o, name);
  return v;
}

export function attrError(o: number, name: number): never {
  const t = typeOf(o);
  noAttr(t === TV.type ? "type object '" + typeName(o) + "'" : "'" + typeName(t) + "' object", name);
}

function noAttr(what: string, name: number): never {
  raise(tv(T.AttributeError), what + " has no attribute '" + qstrStr(name >> 2) + "'");
}

// setattr; x === 0 deletes. frame: STORE_ATTR's (see frameFn)
export function setattr(o: number, name: number, x: number, frame?: boolean): void {
  const t = typeOf(o);
  if (t & 4) {
    // a module's dict and a class's (CLS.dict) are both its word 2
    // (function attributes are not supported, as on MicroPython's default build)
    if (t === TV.module || isUserClass(o)) return dictSetattr(o, i32[(o >> 2) + CLS.dict], name, x);
    noAttr("'" + typeName(t) + "' object", name);
  }
  // user instance: data descriptors first, then __setattr__, then the instance dict
  const m = lookupType(t, name);
  if (m !== 0) {
    const mt = typeOf(m);
    if (mt === TV.property) {
      const f = i32[(m >> 2) + (x === 0 ? 3 : 2)];
      if (f === C.None) raise(tv(T.AttributeError), x === 0 ? "can't delete attribute" : "can't set attribute");
      if (METHOD_FRAMES && frame && x !== 0 && typeOf(f) === TV.function && !isGeneratorFunc(f)) frameFn[0] = f;
      else if (x === 0) call1(f, o);
      else call2(f, o, x);
      return;
    }
    if (isUserInstance(m)) {
      const s = lookupType(typeOf(m), qv(x === 0 ? Q.__delete__ : Q.__set__));
      if (s !== 0) {
        if (x === 0) callMethod1(s, m, o);
        else callMethod2(s, m, o, x);
        return;
      }
    }
  }
  const sa = lookupType(t, qv(x === 0 ? Q.__delattr__ : Q.__setattr__));
  if (sa !== 0 && typeOf(sa) !== TV.builtin) {
    if (x === 0) callMethod1(sa, o, name);
    else callMethod2(sa, o, name, x);
    return;
  }
  instSetattr(o, name, x);
}

// object.__setattr__: the instance dict
export function instSetattr(o: number, name: number, x: number): void {
  // (object.__setattr__(None, ...) reaches here with an object that has no instance dict)
  if (!isUserInstance(o)) attrError(o, name);
  let d = i32[(o >> 2) + INST.dict];
  if (d === 0 && x !== 0) {
    pushRoot(x);
    d = ensureDict(o);
    popRoots(1);
  }
  dictSetattr(o, d, name, x);
}

// Sets (x !== 0) or deletes the attribute name of o in its namespace dict d (0: none yet).
function dictSetattr(o: number, d: number, name: number, x: number): void {
  if (x !== 0) dictSet(d, name, x);
  else if (d === 0 || dictDelete(d, name) === 0) attrError(o, name);
}

// ---- truth, hash, equality ----

export function truthy(v: number): boolean {
  if (v === C.True) return true;
  if (v === C.False || v === C.None) return false;
  if (v & 1) return v !== 1;
  if (v & 2) return v !== 2;
  const t = typeOf(v);
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.truth) return info.truth(v);
    if (info.len) return info.len(v) !== 0;
    return true;
  }
  let m = lookupType(t, QV.__bool__);
  if (m !== 0) {
    const r = callMethod0(m, v);
    if (r !== C.True && r !== C.False) typeError("__bool__ should return bool");
    return r === C.True;
  }
  m = lookupType(t, QV.__len__);
  if (m !== 0) return callMethod0(m, v) !== 1;
  const sub = i32[(v >> 2) + INST.sub];
  if (sub !== 0) return truthy(sub);
  return true;
}

function unhashable(t: number): never {
  typeError("unsupported type for __hash__: '" + typeName(t) + "'");
}

export function hashOf(v: number): number {
  if (v & 1) return v >> 1;
  if ((v & 3) === 2) return strHash(v);
  if (v & 4) return v === C.True ? 1 : v === C.False ? 0 : v >> 3;
  const t = i32[v >> 2];
  if (t === TV.str) return i32[(v >> 2) + 1];
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.hash) return info.hash(v);
    if (info.eq && t !== TV.type) unhashable(t);
    return (v >> 4) & 0x3fffffff;
  }
  const m = lookupType(t, QV.__hash__);
  if (m !== 0) {
    if (m === C.None) unhashable(t);
    const h = callMethod0(m, v);
    if (!(h & 1)) return hashOf(h);
    return h >> 1;
  }
  if (lookupType(t, QV.__eq__) !== 0) unhashable(t);
  return (v >> 4) & 0x3fffffff;
}

export function equals(a: number, b: number): boolean {
  if (a === b) {
    // nan != nan; identity implies equality for everything else
    if ((a & 15) === 0 && a !== 0 && i32[a >> 2] === TV.float) return compareOp(CmpOp.EQ, a, b) === C.True;
    return true;
  }
  if ((a & 3) && (b & 3) && ((a & 1) === (b & 1)) && ((a & 2) === (b & 2))) {
    // two small ints, or two qstrs: different words are different values
    return false;
  }
  return compareOp(CmpOp.EQ, a, b) === C.True;
}

// ---- operators ----

// The operator method q of user class t called on (x, y); 0 when t has none or it returns
// NotImplemented.
function userOp(t: number, q: number, x: number, y: number): number {
  const m = lookupType(t, qv(q));
  const r = m !== 0 ? callMethod1(m, x, y) : 0;
  return r === C.NotImplemented ? 0 : r;
}

function unsupported(q: number, ta: number, tb: number): never {
  typeError("unsupported types for " + qstrStr(q) + ": '" + typeName(ta) + "', '" + typeName(tb) + "'");
}

// a op b; reflected: only b's side (b's reflected method, or TypeError), for when a's own
// method, run as a frame (opFn), has returned NotImplemented
export function binaryOp(op: number, a: number, b: number, inplace: boolean, reflected?: boolean): number {
  const ta = typeOf(a),
    tb = typeOf(b);
  let r = 0;
  if (!reflected) {
    if (!(ta & 4) && inplace) r = userOp(ta, OP_NAMES[INAMES + op], a, b);
    // b's reflected method comes first when b's class derives from a's and has its own (CPython's
    // rule; MicroPython has none)
    const rq = OP_NAMES[RNAMES + op];
    if (r === 0 && tb !== ta && !(tb & 4) && isSubtype(tb, ta) && lookupType(tb, qv(rq)) !== lookupType(ta, qv(rq))) r = userOp(tb, rq, b, a);
    if (r !== 0) return r;
    if (ta & 4) {
      const info = TYPES[ta >> 3];
      // in-place forms of builtin types change a (list += *=, set |= &= -= ^=, dict |=)
      if (inplace && info.ibinop) r = info.ibinop(op, a, b);
      if (r === 0 && info.binop) r = info.binop(op, a, b);
    } else {
      const m = lookupType(ta, qv(OP_NAMES[op]));
      if (m !== 0) {
        r = callMethod1(m, a, b);
        if (r === C.NotImplemented) r = 0;
      } else {
        const sub = i32[(a >> 2) + INST.sub];
        if (sub !== 0) {
          r = binaryOp(op, sub, b, inplace);
          if (inplace && r === sub) r = a;
        }
      }
    }
    if (r !== 0) return r;
  }
  if (tb & 4) {
    const f = TYPES[tb >> 3].binop;
    // builtin types implement reflected operations in the same slot with op + BinOp.N
    if (f) r = f(op + BinOp.N, b, a);
  } else r = userOp(tb, OP_NAMES[RNAMES + op], b, a);
  if (r !== 0) return r;
  unsupported(OP_NAMES[op], ta, tb);
}

// For an operator instruction (code: BINARY_OP, INPLACE_OP, COMPARE_OP; op its operand) on a
// user instance a: the Python function of a's class that binaryOp or compareOp would call first
// (for INPLACE_OP its in-place method, else the forward one), for the VM to run as a frame; 0 when
// that is not a plain Python function, or when b's class derives from a's (they then see whose
// method comes first).
export function opFn(code: number, op: number, a: number, b: number): number {
  const ta = typeOf(a),
    tb = typeOf(b);
  const cmp = code === Op.COMPARE_OP;
  if ((cmp && op > CmpOp.GE) || (tb !== ta && !(tb & 4) && isSubtype(tb, ta))) return 0;
  let m = code === Op.INPLACE_OP ? lookupType(ta, qv(OP_NAMES[INAMES + op])) : 0;
  if (m === 0) m = lookupType(ta, qv(OP_NAMES[(cmp ? CMP_NAMES : 0) + op]));
  return typeOf(m) === TV.function && !isGeneratorFunc(m) ? m : 0;
}

// The instruction's result once opFn's method has returned v. NotImplemented goes on, nested: a
// comparison to b's side; an in-place method's to a op b, a forward one's to b's reflected method.
export function opResult(code: number, op: number, a: number, b: number, v: number): number {
  if (code === Op.COMPARE_OP) {
    if (v === C.NotImplemented) return compareOp(op, a, b, true);
    return op === CmpOp.EQ || op === CmpOp.NE ? bool(truthy(v)) : v;
  }
  if (v !== C.NotImplemented) return v;
  return binaryOp(op, a, b, false, !(code === Op.INPLACE_OP && lookupType(typeOf(a), qv(OP_NAMES[INAMES + op])) !== 0));
}

export function unaryOp(op: number, a: number): number {
  if (op === UnOp.NOT) return truthy(a) ? C.False : C.True;
  const t = typeOf(a);
  if (t & 4) {
    const f = TYPES[t >> 3].unop;
    const r = f ? f(op, a) : 0;
    if (r !== 0) return r;
  }
  const q = op === UnOp.NEG ? Q.__neg__ : op === UnOp.POS ? Q.__pos__ : Q.__invert__;
  if (!(t & 4)) {
    const m = lookupType(t, qv(q));
    if (m !== 0) return callMethod0(m, a);
  }
  typeError("unsupported type for " + qstrStr(q) + ": '" + typeName(t) + "'");
}

// a op b; reflected: only b's side (b's reflected method, then identity for == and !=, or
// TypeError), for when a's own method, run as a frame (opFn), has returned NotImplemented
export function compareOp(op: number, a: number, b: number, reflected?: boolean): number {
  // in, not in, is, is not
  if (op >= CmpOp.IN) return bool(op === CmpOp.IS ? a === b : op === CmpOp.IS_NOT ? a !== b : contains(b, a) === (op === CmpOp.IN));
  const ta = typeOf(a),
    tb = typeOf(b);
  let r = 0;
  if (!reflected) {
    // user classes: the reflected method of a subclass first, then a's, then b's reflected
    if (!(tb & 4) && tb !== ta && isSubtype(tb, ta)) {
      r = userCompare(OP_NAMES[CMP_SWAP + op], b, a, tb);
      if (r !== 0) return r;
    }
    if (!(ta & 4)) r = userCompare(op, a, b, ta);
    else r = builtinCompare(op, a, b, ta);
    if (r !== 0) return r;
  }
  if (!(tb & 4)) r = userCompare(OP_NAMES[CMP_SWAP + op], b, a, tb);
  else if (tb !== ta) r = builtinCompare(OP_NAMES[CMP_SWAP + op], b, a, tb);
  if (r !== 0) return r;
  if (op === CmpOp.EQ) return bool(a === b);
  if (op === CmpOp.NE) return bool(a !== b);
  unsupported(OP_NAMES[CMP_NAMES + op], ta, tb);
}

function builtinCompare(op: number, a: number, b: number, ta: number): number {
  const info = TYPES[ta >> 3];
  if (op === CmpOp.EQ || op === CmpOp.NE) {
    if (!info.eq) return 0;
    const r = info.eq(a, b);
    if (r === 0) return 0;
    return op === CmpOp.EQ ? r : r === C.True ? C.False : C.True;
  }
  return info.cmp ? info.cmp(op, a, b) : 0;
}

function userCompare(op: number, a: number, b: number, ta: number): number {
  const m = lookupType(ta, qv(OP_NAMES[CMP_NAMES + op]));
  if (m !== 0 && typeOf(m) !== TV.builtin) {
    const r = callMethod1(m, a, b);
    if (r !== C.NotImplemented) return op === CmpOp.EQ || op === CmpOp.NE ? bool(truthy(r)) : r;
    return 0;
  }
  if (op === CmpOp.NE) {
    const e = lookupType(ta, QV.__eq__);
    if (e !== 0 && typeOf(e) !== TV.builtin) {
      const r = callMethod1(e, a, b);
      if (r !== C.NotImplemented) return truthy(r) ? C.False : C.True;
      return 0;
    }
  }
  const sub = i32[(a >> 2) + INST.sub];
  if (sub !== 0) return compareOp(op, sub, b);
  return 0;
}

export function contains(container: number, x: number): boolean {
  const t = typeOf(container);
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.contains) return info.contains(container, x);
  } else {
    const m = lookupType(t, QV.__contains__);
    if (m !== 0) return truthy(callMethod1(m, container, x));
  }
  // fall back to iteration
  const it = getIter(container);
  pushRoot(it);
  for (;;) {
    const v = iterNext(it);
    if (v === 0) break;
    if (equals(v, x)) {
      popRoots(1);
      return true;
    }
  }
  popRoots(1);
  return false;
}

// ---- subscripts ----

export function getitem(o: number, k: number): number {
  const t = typeOf(o);
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.getitem) return info.getitem(o, k);
    if (t === TV.type) {
      // generic alias syntax (list[int]) is accepted and ignored
      return o;
    }
  } else {
    const m = lookupType(t, QV.__getitem__);
    if (m !== 0) return callMethod1(m, o, k);
    const sub = i32[(o >> 2) + INST.sub];
    if (sub !== 0) {
      // dict subclasses: __missing__ answers for absent keys
      if (i32[sub >> 2] === TV.dict) {
        const v = dictGet(sub, k);
        if (v !== 0) return v;
        const mm = lookupType(t, QV.__missing__);
        if (mm !== 0) return callMethod1(mm, o, k);
      }
      return getitem(sub, k);
    }
  }
  objError(o, "isn't subscriptable");
}

export function setitem(o: number, k: number, x: number): void {
  const t = typeOf(o);
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.setitem) return info.setitem(o, k, x);
  } else {
    const m = lookupType(t, qv(x === 0 ? Q.__delitem__ : Q.__setitem__));
    if (m !== 0) {
      if (x === 0) callMethod1(m, o, k);
      else callMethod2(m, o, k, x);
      return;
    }
    const sub = i32[(o >> 2) + INST.sub];
    if (sub !== 0) return setitem(sub, k, x);
  }
  objError(o, "doesn't support item " + (x === 0 ? "deletion" : "assignment"));
}

// ---- iteration ----

export function getIter(o: number): number {
  const t = typeOf(o);
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.iter) return info.iter(o);
    if (info.next) return o;
    if (info.getitem) return seqIter(o);
  } else {
    const m = lookupType(t, QV.__iter__);
    if (m !== 0) return callMethod0(m, o);
    if (lookupType(t, QV.__getitem__) !== 0) return seqIter(o);
    const sub = i32[(o >> 2) + INST.sub];
    if (sub !== 0) return getIter(sub);
  }
  objError(o, "isn't iterable");
}

// iterator over an object with __getitem__ only; set up by the builtins (iterator kinds)
export let seqIter: (o: number) => number;
export function setSeqIter(f: (o: number) => number): void {
  seqIter = f;
}

// The next value, or 0 when the iterator is exhausted. A step of a builtin iterator that has gone
// through many items without finding one (filter rejecting item after item) may end without one,
// as C.Skip: with once (the VM's FOR_ITER) that is returned, and FOR_ITER runs again as a new
// instruction, so that the host gets its turn (and a Ctrl-C its chance) between such steps; for
// a native, iterNext steps again at once.
let polls = 0;
export function iterNext(it: number, once?: boolean): number {
  const t = typeOf(it);
  if (t & 4) {
    const info = TYPES[t >> 3];
    // a builtin looping over a builtin iterator (sum(range(10 ** 9))) runs no Python code: the
    // VM never sees an interrupt there, so look for one now and then. Only an embedder whose
    // now() can see a Ctrl-C (and calls interrupt() from it) gains: the CLI's SIGINT and the
    // consoles arrive on the event loop, hence consume.ts. Off where size is tight.
    if (MPJS_FULL && ++polls > 4095) {
      polls = 0;
      pollInterrupt();
    }
    if (info.next) {
      let v: number;
      do v = info.next(it);
      while (v === C.Skip && !once);
      return v;
    }
  } else {
    const m = lookupType(t, QV.__next__);
    if (m !== 0) return callNextCatching(m, it);
  }
  objError(it, "isn't an iterator");
}

// calls __next__, turning StopIteration into exhaustion (set by the builtins)
export let callNextCatching: (m: number, it: number) => number;
export function setCallNextCatching(f: (m: number, it: number) => number): void {
  callNextCatching = f;
}

// ---- length ----

export function lenOf(o: number): number {
  const t = typeOf(o);
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.len) return info.len(o);
  } else {
    const m = lookupType(t, QV.__len__);
    if (m !== 0) {
      const r = callMethod0(m, o);
      if (!(r & 1)) objError(r, "cannot be interpreted as an integer");
      return r >> 1;
    }
    const sub = i32[(o >> 2) + INST.sub];
    if (sub !== 0) return lenOf(sub);
  }
  typeError("object of type '" + typeName(t) + "' has no len()");
}

// ---- text ----

export function reprOf(v: number): string {
  const t = typeOf(v);
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.repr) return info.repr(v);
    if (t === TV.type) return "<class '" + typeName(v) + "'>";
    return "<" + typeName(t) + ">";
  }
  const m = lookupUser(t, QV.__repr__);
  if (m !== 0) {
    const r = nativeSelf(callMethod0(m, v)); // (an instance of a str subclass is a str)
    if (!isStr(r)) typeError("__repr__ returned non-string");
    return jsStr(r);
  }
  const sub = i32[(v >> 2) + INST.sub];
  if (sub !== 0 && isSubtype(typeOf(sub), TV.BaseException)) return typeName(t) + excArgsRepr(sub);
  if (sub !== 0) return reprOf(sub);
  return "<" + typeName(t) + " object at " + hex(v) + ">";
}

// set by the builtins, as jsStr
export let excArgsRepr: (e: number) => string;
export function setExcArgsRepr(f: (e: number) => string): void {
  excArgsRepr = f;
}

export function hex(v: number): string {
  return "0x" + (v >>> 0).toString(16);
}

export let jsStr: (v: number) => string;
export function setJsStr(f: (v: number) => string): void {
  jsStr = f;
}

export function strOf(v: number): string {
  if (isStr(v)) return jsStr(v);
  const t = typeOf(v);
  if (t & 4) {
    const info = TYPES[t >> 3];
    if (info.str) return info.str(v);
    return reprOf(v);
  }
  const m = lookupUser(t, QV.__str__);
  if (m !== 0) {
    const r = nativeSelf(callMethod0(m, v)); // (an instance of a str subclass is a str)
    if (!isStr(r)) typeError("__str__ returned non-string");
    return jsStr(r);
  }
  const sub = i32[(v >> 2) + INST.sub];
  if (sub !== 0 && lookupUser(t, QV.__repr__) === 0) return strOf(sub);
  return reprOf(v);
}

// ---- misc used by the VM and builtins ----

// an interned name from a str value (attribute names given as strings)
export function internStr(v: number): number {
  if ((v & 3) === 2) return v;
  // a non-str read as one would intern heap bytes: MicroPython's mp_obj_str_get_qstr raises instead
  if (!isStr(v)) typeError("can't convert '" + typeName(typeOf(v)) + "' object to str implicitly");
  return qv(qstrFromStrObj(v));
}

export function isCallable(v: number): boolean {
  const t = typeOf(v);
  if (t === TV.builtin || t === TV.function || t === TV.boundmeth || t === TV.type) return true;
  if (t & 4) return !!TYPES[t >> 3].call;
  return lookupType(t, QV.__call__) !== 0;
}

export { TypeInfo };
