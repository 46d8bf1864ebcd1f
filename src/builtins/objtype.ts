// type, object, user classes (creation and method resolution order), super, property,
// staticmethod and classmethod.

import { i32, alloc, pushRoot, popRoots, rsp, setRsp } from "../gc/heap";
import { C, T, TV, CLS, FN, INST } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, NATIVE_DATA, romMap, typeOf, typeName, raise, typeError, newTuple, isSubtype, TYPES, NATIVE_CLASSMETH, newStr, romLookup } from "../core/obj";
import { newDict, dictGet, dictSet } from "../core/map";
import {
  lookupType,
  isUserClass,
  isUserInstance,
  newBound,
  call,
  callMethod,
  allocInstance,
  getattrOr,
  attrError,
  instSetattr,
  internStr,
  hex,
  nativeSelf,
  slotNative,
  reprNative,
} from "../core/runtime";
import { setVmHooks, currentFrameInfo } from "../core/vm";
import { dictForEach } from "./objdict";
import { FORMAT_DUNDER } from "./format";
import { named, retNone } from "./modutil";

const enum QV {
  __doc__ = (Q.__doc__ << 2) | 2,
  __eq__ = (Q.__eq__ << 2) | 2,
  __func__ = (Q.__func__ << 2) | 2,
  __hash__ = (Q.__hash__ << 2) | 2,
  __init__ = (Q.__init__ << 2) | 2,
  __init_subclass__ = (Q.__init_subclass__ << 2) | 2,
  __new__ = (Q.__new__ << 2) | 2,
  __set_name__ = (Q.__set_name__ << 2) | 2,
  doc = (Q.doc << 2) | 2,
  fdel = (Q.fdel << 2) | 2,
  fget = (Q.fget << 2) | 2,
  fset = (Q.fset << 2) | 2,
  metaclass = (Q.metaclass << 2) | 2,
}
const enum EV {
  RuntimeError = (T.RuntimeError << 3) | 4,
}

export const FN_CLS = FN.SIZE; // the class a function was defined in (for super())

export function newClassMethodValue(fn: number): number {
  NATIVE_CLASSMETH[fn >> 3] = 1;
  return fn;
}

// ---- method resolution order (C3, as CPython) ----

function builtinMro(t: number): number[] {
  const out: number[] = [];
  let c = t;
  while (c) {
    out.push(c);
    if (c === TV.object) break;
    c = TYPES[c >> 3].base || TV.object;
  }
  return out;
}

function mroOf(t: number): number[] {
  if (t & 4) return builtinMro(t);
  const m = i32[(t >> 2) + CLS.mro];
  const out: number[] = [];
  for (let k = 0; k < i32[(m >> 2) + 1] >> 1; k++) out.push(i32[(m >> 2) + 2 + k]);
  return out;
}

function c3(cls: number, bases: number[]): number[] {
  const seqs: number[][] = [];
  for (let k = 0; k < bases.length; k++) seqs.push(mroOf(bases[k]));
  seqs.push(bases.slice());
  const out = [cls];
  for (;;) {
    let nonEmpty = false;
    for (let k = 0; k < seqs.length; k++) if (seqs[k].length) nonEmpty = true;
    if (!nonEmpty) return out;
    let cand = 0;
    for (let k = 0; k < seqs.length && cand === 0; k++) {
      if (!seqs[k].length) continue;
      const c = seqs[k][0];
      let inTail = false;
      for (let j = 0; j < seqs.length; j++) if (seqs[j].indexOf(c) > 0) inTail = true;
      if (!inTail) cand = c;
    }
    if (cand === 0) typeError("Cannot create a consistent method resolution order (MRO)");
    out.push(cand);
    for (let k = 0; k < seqs.length; k++) if (seqs[k][0] === cand) seqs[k].shift();
  }
}

// ---- class creation ----

export function buildClass(name: number, bases: number, dict: number, kwargs: number): number {
  const base = rsp;
  pushRoot(name);
  pushRoot(bases);
  pushRoot(dict);
  const nb = i32[(bases >> 2) + 1] >> 1;
  const bl: number[] = [];
  let native = TV.object;
  for (let k = 0; k < nb; k++) {
    const b = i32[(bases >> 2) + 2 + k];
    if (typeOf(b) !== TV.type) typeError("type is not an acceptable base type");
    bl.push(b);
    const nat = b & 4 ? b : i32[(b >> 2) + CLS.native];
    if (nat !== TV.object) {
      if (native !== TV.object && !isSubtype(nat, native) && !isSubtype(native, nat)) typeError("multiple bases have instance lay-out conflict");
      if (native === TV.object || isSubtype(nat, native)) native = nat;
    }
  }
  if (bl.length === 0) bl.push(TV.object);
  // a class that defines __eq__ and not __hash__ is unhashable, as in Python 3
  if (dictGet(dict, QV.__eq__) !== 0 && dictGet(dict, QV.__hash__) === 0) dictSet(dict, QV.__hash__, C.None);
  let bt = bases;
  if (nb === 0) {
    bt = newTuple(1);
    i32[(bt >> 2) + 2] = TV.object;
    pushRoot(bt);
  }
  const cls = alloc(TV.type, CLS.SIZE * 4);
  pushRoot(cls);
  const w = cls >> 2;
  i32[w + CLS.name] = name;
  i32[w + CLS.dict] = dict;
  i32[w + CLS.bases] = bt;
  i32[w + CLS.native] = native;
  const order = c3(cls, bl);
  const mro = newTuple(order.length);
  for (let k = 0; k < order.length; k++) i32[(mro >> 2) + 2 + k] = order[k];
  i32[w + CLS.mro] = mro;
  // functions defined in the body learn their class (zero-argument super())
  dictForEach(dict, function (e) {
    let f = i32[e + 1];
    const t = typeOf(f);
    if (t === TV.staticmethod || t === TV.classmethod) f = i32[(f >> 2) + 1];
    else if (t === TV.property) {
      for (let k = 1; k <= 3; k++) setFnClass(i32[(f >> 2) + k], cls);
      return;
    }
    setFnClass(f, cls);
  });
  // __set_name__ of descriptors
  dictForEach(dict, function (e) {
    const v = i32[e + 1];
    if (isUserInstance(v)) {
      const m = lookupType(typeOf(v), QV.__set_name__);
      if (m !== 0) {
        const p = rsp;
        pushRoot(cls);
        pushRoot(i32[e]);
        callMethod(m, v, p, 2, 0, 0);
        setRsp(p);
      }
    }
  });
  // __init_subclass__ of the nearest base that defines it
  let m = 0;
  for (let k = 1; k < order.length && m === 0; k++) if (!(order[k] & 4)) m = dictGet(i32[(order[k] >> 2) + CLS.dict], QV.__init_subclass__);
  if (m !== 0) {
    const p = rsp;
    pushRoot(cls);
    let nkw = 0;
    if (kwargs !== 0) {
      dictForEach(kwargs, function (e) {
        if (i32[e] === QV.metaclass) return;
        pushRoot(i32[e]);
        pushRoot(i32[e + 1]);
        nkw++;
      });
    }
    call(typeOf(m) === TV.classmethod ? i32[(m >> 2) + 1] : m, p, 1, p + 1, nkw);
  }
  setRsp(base);
  return cls;
}

function setFnClass(f: number, cls: number): void {
  if ((f & 15) === 0 && f !== 0 && i32[f >> 2] === TV.function) i32[(f >> 2) + FN_CLS] = cls;
}

// ---- type() ----

function typeMake(a: number, n: number): number {
  if (n === 1) return typeOf(i32[a]);
  if (n === 3) {
    const d = newDict();
    pushRoot(d);
    dictForEach(i32[a + 2], function (e) {
      dictSet(d, i32[e], i32[e + 1]);
    });
    const c = buildClass(internStr(i32[a]), i32[a + 1], d, 0);
    popRoots(1);
    return c;
  }
  typeError("type takes 1 or 3 arguments");
}

function typeRepr(t: number): string {
  return "<class '" + typeName(t) + "'>";
}

// ---- object ----

// object's methods but __init__ and __str__: in an array that initType empties once read (a name
// each would stay in RAM on Espruino for good; init.ts, defineBuiltins)
const OBJECT_METHODS = [
  defNative(Q.__new__, 1, 255, function (a, n) {
    const t = i32[a];
    if (!isUserClass(t)) {
      if (t & 4 && TYPES[t >> 3].make) return TYPES[t >> 3].make!(a + 1, 0, 0, 0, t);
      typeError("object.__new__(X): X is not a type object");
    }
    return allocInstance(t, a + 1, n - 1, 0, 0);
  }),
  defNative(Q.__setattr__, 3, 3, function (a) {
    instSetattr(i32[a], internStr(i32[a + 1]), i32[a + 2]);
    return C.None;
  }),
  defNative(Q.__delattr__, 2, 2, function (a) {
    instSetattr(i32[a], internStr(i32[a + 1]), 0);
    return C.None;
  }),
  defNative(Q.__getattribute__, 2, 2, function (a) {
    const v = getattrOr(i32[a], internStr(i32[a + 1]), 0);
    if (v === 0) attrError(i32[a], internStr(i32[a + 1]));
    return v;
  }),
  defNative(Q.__eq__, 2, 2, function (a) {
    return i32[a] === i32[a + 1] ? C.True : C.NotImplemented;
  }),
  defNative(Q.__ne__, 2, 2, function (a) {
    return i32[a] !== i32[a + 1] ? C.True : C.False;
  }),
  defNative(Q.__hash__, 1, 1, function (a) {
    return (((i32[a] >> 4) & 0x3fffffff) << 1) | 1;
  }),
  defNative(Q.__repr__, 1, 1, function (a) {
    const v = i32[a];
    return newStr("<" + typeName(typeOf(v)) + " object at " + hex(v) + ">");
  }),
  newClassMethodValue(defNative(Q.__init_subclass__, 1, 1, retNone)),
];

// ---- super ----

function superMake(a: number, n: number): number {
  let cls: number, obj: number;
  if (n === 0) {
    const info = currentFrameInfo();
    const f = info[0];
    if (f === 0 || (f & 15) !== 0 || i32[f >> 2] !== TV.function || i32[(f >> 2) + FN_CLS] === 0) raise(EV.RuntimeError, "super(): no arguments");
    cls = i32[(f >> 2) + FN_CLS];
    obj = info[1];
    if (obj === 0) raise(EV.RuntimeError, "super(): no arguments");
  } else {
    cls = i32[a];
    obj = n > 1 ? i32[a + 1] : C.None;
  }
  const s = alloc(TV.super_, 12);
  i32[(s >> 2) + 1] = cls;
  i32[(s >> 2) + 2] = obj;
  return s;
}

function superAttr(s: number, name: number): number {
  const cls = i32[(s >> 2) + 1];
  const obj = i32[(s >> 2) + 2];
  const ot = typeOf(obj);
  // a class (super(C, D).m) or the type of an instance
  const ct = ot === TV.type ? obj : ot;
  const start = ot === TV.type && isSubtype(obj, cls) ? obj : ot;
  const order = mroOf(start);
  let k = order.indexOf(cls);
  if (k < 0) k = order.length;
  for (k++; k < order.length; k++) {
    const c = order[k];
    let m: number;
    if (c & 4) {
      const info = TYPES[c >> 3];
      m = info.locals ? romLookup(info.locals, name) : 0;
      if (m === 0 && c === TV.object) m = romLookup(OBJECT_LOCALS, name);
      // super().__getitem__(k) and the like in a subclass of a builtin type
      if (m === 0) m = slotNative(c, name);
    } else m = dictGet(i32[(c >> 2) + CLS.dict], name);
    if (m === 0 && name === QV.__init__ && c & 4 && c !== TV.object && TYPES[c >> 3].make && isUserInstance(obj)) {
      // list.__init__ and the like: fill the instance's native part from the arguments
      return newBound(obj, NATIVE_REINIT);
    }
    if (m === 0) continue;
    const mt = typeOf(m);
    const f = i32[(m >> 2) + 1];
    if (mt === TV.staticmethod) return f;
    if (name === QV.__new__) return m;
    if (mt === TV.classmethod) return newBound(start === obj ? obj : ot, f);
    if (mt === TV.builtin && NATIVE_CLASSMETH[m >> 3]) return newBound(ct, m);
    if (mt === TV.property) return call(f, rootOne(obj), 1, 0, 0);
    if (mt === TV.function || mt === TV.builtin) return ot === TV.type ? m : newBound(mt === TV.builtin ? nativeSelf(obj) : obj, m);
    return m;
  }
  return 0;
}

function rootOne(v: number): number {
  const p = rsp;
  pushRoot(v);
  // the caller's call() reads i32[p]; the root stack slot stays until the caller resets it
  return p;
}


let OBJECT_LOCALS: Int32Array;

// __init__ of a mutable builtin base seen through super(): makes a fresh native object from the
// arguments and moves its contents (the words after the type) into the instance's own
const NATIVE_REINIT = defNative(Q.__init__, 1, 255, function (a, n, kw, nkw) {
  const self = i32[a];
  const sub = i32[(self >> 2) + INST.sub];
  if (sub === 0) return C.None;
  const t = typeOf(sub);
  const fresh = TYPES[t >> 3].make!(a + 1, n - 1, kw, nkw, t);
  for (let k = 1; k < 4; k++) i32[(sub >> 2) + k] = i32[(fresh >> 2) + k];
  return C.None;
});

// ---- property, staticmethod, classmethod ----

function propMake(a: number, n: number, kw: number, nkw: number): number {
  const p = alloc(TV.property, 20);
  const w = p >> 2;
  for (let k = 1; k <= 4; k++) i32[w + k] = k - 1 < n ? i32[a + k - 1] : C.None;
  for (let k = 0; k < nkw; k++) {
    const idx = [QV.fget, QV.fset, QV.fdel, QV.doc].indexOf(i32[kw + 2 * k]) + 1;
    if (idx) i32[w + idx] = i32[kw + 2 * k + 1];
  }
  return p;
}

// property.getter, .setter and .deleter: a copy with word NATIVE_DATA[which] (1 fget, 2 fset,
// 3 fdel) the argument
function propWith(a: number, n: number, kw: number, nkw: number, which: number): number {
  const old = i32[a];
  pushRoot(old);
  const p = alloc(TV.property, 20);
  popRoots(1);
  for (let k = 1; k <= 4; k++) i32[(p >> 2) + k] = i32[(old >> 2) + k];
  i32[(p >> 2) + NATIVE_DATA[which]] = i32[a + 1];
  return p;
}

// staticmethod(f) and classmethod(f): t is the type called
function wrapperMake(a: number, n: number, kw: number, nkw: number, t: number): number {
  if (n !== 1) typeError("function takes 1 positional arguments but " + n + " were given");
  const p = alloc(t, 8);
  i32[(p >> 2) + 1] = i32[a];
  return p;
}
function wrapperAttr(p: number, name: number): number {
  return name === QV.__func__ ? i32[(p >> 2) + 1] : 0;
}

export function initType(): void {
  OBJECT_LOCALS = romMap(
    named(
      OBJECT_METHODS.concat([defNative(Q.__init__, 1, 255, retNone), defNative(Q.__str__, 1, 1, reprNative), FORMAT_DUNDER]),
    ),
  );
  OBJECT_METHODS.length = 0;
  defType(T.object, Q.object, 0, {
    make: function (a, n) {
      if (n > 0) typeError("object() takes no arguments");
      return alloc(TV.object, 4);
    },
    repr: function (v) {
      return "<object object at " + hex(v) + ">";
    },
    locals: OBJECT_LOCALS,
  });
  defType(T.type, Q.type, TV.object, {
    make: typeMake,
    repr: typeRepr,
    hash: function (v) {
      return (v >> 3) & 0x3fffffff;
    },
  });
  defType(T.super_, Q.super, TV.object, {
    make: superMake,
    attr: superAttr,
    repr: function () {
      return "<super>";
    },
  });
  defType(T.property, Q.property, TV.object, {
    make: propMake,
    attr: function (p, name) {
      const k = [QV.fget, QV.fset, QV.fdel, QV.__doc__].indexOf(name);
      return k < 0 ? 0 : i32[(p >> 2) + 1 + k];
    },
    locals: romMap(named([defNative(Q.getter, 2, 2, propWith, 1), defNative(Q.setter, 2, 2, propWith, 2), defNative(Q.deleter, 2, 2, propWith, 3)])),
  });
  defType(T.staticmethod, Q.staticmethod, TV.object, { make: wrapperMake, attr: wrapperAttr });
  defType(T.classmethod, Q.classmethod, TV.object, { make: wrapperMake, attr: wrapperAttr });
  void setVmHooks;
}

