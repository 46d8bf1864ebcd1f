// The builtins module: builtin functions, and the table that LOAD_GLOBAL falls back to.

import { i32, u8, pushRoot, popRoots, rsp, setRsp, R } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { TYPES, defNative, NATIVE_DATA, romMap, romLookup, typeOf, typeName, raise, typeError, valueError, bool, mkInt, newStr, newTuple, listLen, isSubtype, isStr, toJs, THROWN, isFloat, floatVal, newFloat } from "../core/obj";
import { call, call1, getattrOr, getattr, setattr, strOf, truthy, hashOf, getIter, iterNext, lenOf, compareOp, binaryOp, unaryOp, isCallable, internStr, qv, lookupType, isUserInstance, callMethod0, equals, getitem, METHOD_FRAMES, lenNative, reprNative } from "../core/runtime";
import { BinOp, CmpOp, UnOp } from "../core/bytecode";
import { intToJs, intToString, intSign } from "../core/int";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { listFromIter, listSort, seqLen, seqItems, isListOrTuple } from "./objlist";
import { asIndex } from "./objrange";
import { currentGlobals, currentLocals, runCode, runClassBody, enterCode } from "../core/vm";
import { compilePy } from "../core/code";
import { newDict, dictSet } from "../core/map";
import { dictForEach } from "./objdict";
import { CLS, INST } from "../core/types";
import { buildClass } from "./objtype";
import { importModule } from "./init";
import { intBinop } from "./objint";
import { cpStr, codePoints, strCharLen } from "./objstr";
import { bytesAddr, bbLen, bytesTxt } from "./objbytes";
import { consumeInPython } from "./consume";
import { named, kwArg } from "./modutil";

// ---- output ----
export let writeOut: (s: string) => void = function () {};
export let writeErr: (s: string) => void = function () {};
export function setStdio(out: (s: string) => void, err: (s: string) => void): void {
  writeOut = out;
  writeErr = err;
}

function checkClassInfo(t: number, info: number, what: string): boolean {
  if (typeOf(info) === TV.tuple) {
    const n = i32[(info >> 2) + 1] >> 1;
    for (let k = 0; k < n; k++) if (checkClassInfo(t, i32[(info >> 2) + 2 + k], what)) return true;
    return false;
  }
  if (typeOf(info) !== TV.type) typeError(what + "() arg 2 must be a class or tuple of classes");
  return isSubtype(t, info);
}

export let unaryAbsHook: (v: number) => number = function () {
  return 0;
};
export function setAbsHook(f: (v: number) => number): void {
  unaryAbsHook = f;
}

// min (NATIVE_DATA: CmpOp.LT, <) and max (CmpOp.GT, >), one function
function minmax(a: number, n: number, kw: number, nkw: number, which: number): number {
  const op = NATIVE_DATA[which];
  if (n === 1 && consumeInPython(a, i32[a], op === CmpOp.LT ? Q.min : Q.max)) return C.None;
  const key = kwArg(kw, nkw, Q.key);
  const dflt = kwArg(kw, nkw, Q.default);
  const base = rsp;
  let it: number;
  if (n === 1) it = getIter(i32[a]);
  else {
    const t = newTuple(n);
    for (let k = 0; k < n; k++) i32[(t >> 2) + 2 + k] = i32[a + k];
    it = getIter(t);
  }
  pushRoot(it);
  let best = 0,
    bestKey = 0;
  const slot = rsp;
  pushRoot(0);
  pushRoot(0);
  pushRoot(0);
  for (;;) {
    const v = iterNext(it);
    if (v === 0) break;
    i32[slot + 2] = v;
    const kv = key !== 0 && key !== C.None ? call1(key, v) : v;
    if (best === 0 || truthy(compareOp(op, kv, bestKey))) {
      best = v;
      bestKey = kv;
      i32[slot] = best;
      i32[slot + 1] = bestKey;
    }
  }
  setRsp(base);
  if (best === 0) {
    if (dflt !== 0) return dflt;
    valueError("arg is an empty sequence");
  }
  return best;
}



import { genResume, genDone } from "../core/vm";
import { raiseArgs } from "../core/obj";
function iterNextGen(g: number): number {
  const r = genResume(g, C.None, 0);
  if (genDone()) {
    if (r !== C.None) raiseArgs(TV.StopIteration, r);
    return 0;
  }
  return r;
}

export let powModHook: (x: number, y: number, m: number) => number = function (): number {
  return typeError("pow() with 3 arguments is not available");
};
export function setPowModHook(f: (x: number, y: number, m: number) => number): void {
  powModHook = f;
}
export let roundHook: (x: number, nd: number) => number = function (x: number): number {
  return x;
};
export function setRoundHook(f: (x: number, nd: number) => number): void {
  roundHook = f;
}
export let formatHook: (v: number, spec: number) => number = function (v: number, spec: number): number {
  if (spec === 0 || (isStr(spec) && toJs(spec) === "")) return newStr(strOf(v));
  return typeError("format specs are not available");
};
export function setFormatHook(f: (v: number, spec: number) => number): void {
  formatHook = f;
}

// ---- builtin iterators: enumerate, zip, map, filter, reversed, iter(callable, sentinel) ----

// [type iterator, kind, obj, pos, extra]
function newIter2(kind: number, obj: number, extra: number): number {
  pushRoot(extra);
  const it = newIter(kind, obj, 0);
  popRoots(1);
  i32[(it >> 2) + 4] = extra;
  return it;
}
function iterExtra(it: number): number {
  return i32[(it >> 2) + 4];
}

const ENUM_ITER = defIterKind(function (it) {
  const v = iterNext(iterObj(it));
  if (v === 0) return 0;
  pushRoot(v);
  const t = newTuple(2);
  popRoots(1);
  const idx = iterExtra(it);
  i32[(t >> 2) + 2] = idx;
  i32[(t >> 2) + 3] = v;
  i32[(it >> 2) + 4] = intBinop(BinOp.ADD, idx, 3);
  return t;
}, true);

const ZIP_ITER = defIterKind(function (it) {
  const its = iterObj(it);
  const n = i32[(its >> 2) + 1] >> 1;
  if (n === 0) return 0;
  const t = newTuple(n);
  pushRoot(t);
  for (let k = 0; k < n; k++) {
    const v = iterNext(i32[(its >> 2) + 2 + k]);
    if (v === 0) {
      popRoots(1);
      return 0;
    }
    i32[(t >> 2) + 2 + k] = v;
  }
  popRoots(1);
  return t;
}, true);
function itersOf(a: number, n: number): number {
  const its = newTuple(n);
  pushRoot(its);
  for (let k = 0; k < n; k++) i32[(its >> 2) + 2 + k] = getIter(i32[a + k]);
  popRoots(1);
  return its;
}

// builtin functions (the others are made in initBuiltins, or later: lazyBuiltins): in an array
// that initBuiltins empties once read (a name each would stay in RAM on Espruino for good; init.ts,
// defineBuiltins)
const FUNCTIONS = [
  defNative(Q.print, 0, 255, function (a, n, kw, nkw) {
    const sepv = kwArg(kw, nkw, Q.sep);
    const endv = kwArg(kw, nkw, Q.end);
    const file = kwArg(kw, nkw, Q.file);
    const sep = sepv === 0 || sepv === C.None ? " " : toJs(sepv);
    const end = endv === 0 || endv === C.None ? "\n" : toJs(endv);
    let s = "";
    for (let k = 0; k < n; k++) {
      if (k > 0) s += sep;
      s += strOf(i32[a + k]);
    }
    s += end;
    if (file !== 0 && file !== C.None) {
      const w = getattr(file, qv(Q.write));
      call1(w, newStr(s));
    } else writeOut(s);
    return C.None;
  }),
  defNative(Q.isinstance, 2, 2, function (a) {
    return bool(checkClassInfo(typeOf(i32[a]), i32[a + 1], "isinstance"));
  }),
  defNative(Q.abs, 1, 1, function (a) {
    const v = i32[a];
    if (v & 1) return mkInt(Math.abs(v >> 1));
    if (isFloat(v)) return newFloat(Math.abs(floatVal(v)));
    if (isUserInstance(v)) {
      const m = lookupType(typeOf(v), qv(Q.__abs__));
      if (m !== 0) return callMethod0(m, v);
    }
    const t = typeOf(v);
    if (t === TV.bool || t === TV.int) {
      // (a bool as its int)
      const i = asIndex(v);
      return intSign(i) < 0 ? unaryOp(UnOp.NEG, i) : i;
    }
    if (t & 4) {
      const r = unaryAbsHook(v);
      if (r !== 0) return r;
    }
    typeError("unsupported type for __abs__: '" + typeName(t) + "'");
  }),
  defNative(Q.sum, 1, 2, function (a, n) {
    if (consumeInPython(a, i32[a], Q.sum)) return C.None;
    let acc = n > 1 ? i32[a + 1] : 1;
    const base = rsp;
    const it = getIter(i32[a]);
    pushRoot(it);
    const slot = rsp;
    pushRoot(acc);
    for (;;) {
      const v = iterNext(it);
      if (v === 0) break;
      if (acc & v & 1) {
        const r = (acc >> 1) + (v >> 1);
        acc = mkInt(r);
      } else acc = binaryOp(BinOp.ADD, acc, v, false);
      i32[slot] = acc;
    }
    setRsp(base);
    return acc;
  }),
  defNative(Q.sorted, 1, 1, function (a, n, kw, nkw) {
    if (consumeInPython(a, i32[a], Q.sorted)) return C.None;
    const l = listFromIter(i32[a]);
    pushRoot(l);
    listSort(l, kwArg(kw, nkw, Q.key), truthy(kwArg(kw, nkw, Q.reverse) || C.False));
    popRoots(1);
    return l;
  }),
  defNative(Q.iter, 1, 2, function (a, n) {
    if (n === 2) return newIter2(CALL_ITER, i32[a], i32[a + 1]);
    return getIter(i32[a]);
  }),
  defNative(Q.next, 1, 2, function (a, n) {
    const it = i32[a];
    const v = typeOf(it) === TV.generator ? iterNextGen(it) : iterNext(it);
    if (v !== 0) return v;
    if (n > 1) return i32[a + 1];
    raise(TV.StopIteration);
  }),
  defNative(Q.chr, 1, 1, function (a) {
    const c = intToJs(asIndex(i32[a]));
    if (c < 0 || c > 0x10ffff) valueError("chr() arg not in range(0x110000)");
    return newStr(cpStr(c));
  }),
  defNative(Q.ord, 1, 1, function (a) {
    const v = i32[a];
    if (isStr(v)) {
      if (strCharLen(v) !== 1) typeError("ord() expected a character, but string of length " + strCharLen(v) + " found");
      return mkInt(codePoints(v)[0]);
    }
    const t = typeOf(v);
    if (t === TV.bytes || t === TV.bytearray) {
      const p = bytesAddr(v);
      if (bbLen !== 1) typeError("ord() expected a character, but string of length " + bbLen + " found");
      return mkInt(u8[p]);
    }
    typeError("ord() expected string of length 1, but " + typeName(t) + " found");
  }),
  defNative(Q.enumerate, 1, 2, function (a, n, kw, nkw) {
    let start = n > 1 ? i32[a + 1] : kwArg(kw, nkw, Q.start) || 1;
    start = asIndex(start);
    const it = getIter(i32[a]);
    return newIter2(ENUM_ITER, it, start);
  }),
  defNative(Q.zip, 0, 255, function (a, n) {
    return newIter2(ZIP_ITER, itersOf(a, n), C.None);
  }),
];



import { alloc } from "../gc/heap";
function sliceReverse(): number {
  const s = alloc(TV.slice, 16);
  i32[(s >> 2) + 1] = C.None;
  i32[(s >> 2) + 2] = C.None;
  i32[(s >> 2) + 3] = mkInt(-1);
  return s;
}

const CALL_ITER = defIterKind(function (it) {
  const v = call(iterObj(it), 0, 0, 0, 0);
  if (equals(v, iterExtra(it))) {
    return 0;
  }
  return v;
}, true);

// ---- exec, eval, compile, dir, __import__, __build_class__ ----

// the source of exec/eval: a code object from compile(), or text compiled in the given mode
function codeOf(v: number, mode: number): number {
  if (typeOf(v) === TV.code) return v;
  if (isStr(v)) return compilePy(toJs(v), "<string>", mode);
  if (typeOf(v) === TV.bytes) return compilePy(bytesTxt(v) as string, "<string>", mode);
  return typeError("exec() arg 1 must be a string, bytes or code object");
}

function execEval(a: number, n: number, mode: number): number {
  const code = codeOf(i32[a], mode);
  pushRoot(code);
  const g = n > 1 && i32[a + 1] !== C.None ? i32[a + 1] : currentGlobals();
  const l = n > 2 && i32[a + 2] !== C.None ? i32[a + 2] : n > 1 && i32[a + 1] !== C.None ? g : currentLocals() || g;
  const v = METHOD_FRAMES && enterCode(code, g, l, a) ? C.Skip : runCode(code, g, l);
  popRoots(1);
  return v;
}
const EXEC = defNative(Q.exec, 1, 3, function (a, n) {
  // (as a frame, the code's None is the call's)
  const v = execEval(a, n, 0);
  return METHOD_FRAMES && v === C.Skip ? v : C.None;
});
const EVAL = defNative(Q.eval, 1, 3, function (a, n) {
  return execEval(a, n, 1);
});
const COMPILE_MODES = ["exec", "eval", "single"];
const COMPILE = defNative(Q.compile, 3, 3, function (a) {
  const mode = COMPILE_MODES.indexOf(isStr(i32[a + 2]) ? toJs(i32[a + 2]) : "");
  if (mode < 0) valueError("compile() mode must be 'exec', 'eval' or 'single'");
  if (!isStr(i32[a])) typeError("compile() arg 1 must be a string");
  return compilePy(toJs(i32[a]), strOf(i32[a + 1]), mode);
});

// dir(): the names of the namespace; dir(obj): the attributes of obj, its class and their bases,
// sorted, as CPython lists them
const DIR = defNative(Q.dir, 0, 1, function (a, n) {
  const names = newDict(); // used as a set
  pushRoot(names);
  const add = function (k: number) {
    if (isStr(k)) dictSet(names, k, C.None);
  };
  const addDict = function (d: number) {
    if (d !== 0) dictForEach(d, function (e) {
      add(i32[e]);
    });
  };
  const addType = function (t: number) {
    if (t & 4) {
      for (; t; t = t === TV.object ? 0 : TYPES[t >> 3].base || TV.object) {
        const m = TYPES[t >> 3].locals;
        if (m) for (let k = 0; k < m.length; k += 2) add(m[k]);
      }
      return;
    }
    const mro = i32[(t >> 2) + CLS.mro] >> 2;
    for (let k = 0; k < i32[mro + 1] >> 1; k++) {
      const c = i32[mro + 2 + k];
      if (c & 4) addType(c);
      else addDict(i32[(c >> 2) + CLS.dict]);
    }
  };
  const v = i32[a];
  const t = typeOf(v);
  if (n === 0) addDict(currentLocals() || currentGlobals());
  else if (t === TV.module) addDict(i32[(v >> 2) + 2]);
  else if (t === TV.type) addType(v);
  else {
    if (isUserInstance(v)) addDict(i32[(v >> 2) + INST.dict]);
    addType(t);
  }
  const l = listFromIter(names);
  pushRoot(l);
  listSort(l, 0, false);
  popRoots(2);
  return l;
});

const IMPORT = defNative(Q.__import__, 1, 5, function (a, n) {
  const fromlist = n > 3 && i32[a + 3] !== C.None ? i32[a + 3] : 0;
  return importModule(internStr(i32[a]), fromlist, n > 4 ? intToJs(i32[a + 4]) : 0, n > 1 && i32[a + 1] !== C.None ? i32[a + 1] : currentGlobals());
});

// __build_class__(body, name, *bases): runs the class body into a namespace and makes the class
const BUILD_CLASS = defNative(Q.__build_class__, 2, 255, function (a, n) {
  const d = newDict();
  pushRoot(d);
  runClassBody(i32[a], d);
  const bases = newTuple(n - 2);
  for (let k = 2; k < n; k++) i32[(bases >> 2) + k] = i32[a + k];
  pushRoot(bases);
  const c = buildClass(internStr(i32[a + 1]), bases, d, 0);
  popRoots(2);
  return c;
});
// The builtins that fewer programs call: their natives (and iterator kinds) are made when a name
// is first missing from the table (lookupBuiltinName), not at boot (on Espruino each is a JS
// function object, RAM; MicroPython keeps them in ROM), and kept for later interpreters; then
// this code is dropped (an engine that compiles to bytecode frees it).
let lazyBuiltins: (() => number[]) | null = function () {
  const ISSUBCLASS = defNative(Q.issubclass, 2, 2, function (a) {
    if (typeOf(i32[a]) !== TV.type) typeError("issubclass() arg 1 must be a class");
    return bool(checkClassInfo(i32[a], i32[a + 1], "issubclass"));
  });
  // getattr(obj, name, dflt): dflt also when looking the attribute up raises AttributeError
  function getattrDefault(a: number, dflt: number): number {
    try {
      const v = getattrOr(i32[a], internStr(i32[a + 1]), 0);
      return v === 0 ? dflt : v;
    } catch (e) {
      if (e === THROWN && isSubtype(typeOf(i32[R.excRaising]), tv(T.AttributeError))) return dflt;
      throw e;
    }
  }
  const HASATTR = defNative(Q.hasattr, 2, 2, function (a) {
    return bool(getattrDefault(a, 0) !== 0);
  });
  const GETATTR = defNative(Q.getattr, 2, 3, function (a, n) {
    return n > 2 ? getattrDefault(a, i32[a + 2]) : getattr(i32[a], internStr(i32[a + 1]));
  });
  const SETATTR = defNative(Q.setattr, 3, 3, function (a) {
    setattr(i32[a], internStr(i32[a + 1]), i32[a + 2]);
    return C.None;
  });
  const DELATTR = defNative(Q.delattr, 2, 2, function (a) {
    setattr(i32[a], internStr(i32[a + 1]), 0);
    return C.None;
  });
  const CALLABLE = defNative(Q.callable, 1, 1, function (a) {
    return bool(isCallable(i32[a]));
  });
  // hex, oct and bin, one function: the base is NATIVE_DATA
  function baseStr(a: number, n: number, kw: number, nkw: number, which: number): number {
    const base = NATIVE_DATA[which];
    const s = intToString(asIndex(i32[a]), base);
    const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "0b";
    return newStr(s.charAt(0) === "-" ? "-" + prefix + s.substring(1) : prefix + s);
  }
  const HEX = defNative(Q.hex, 1, 1, baseStr, 16);
  const OCT = defNative(Q.oct, 1, 1, baseStr, 8);
  const BIN = defNative(Q.bin, 1, 1, baseStr, 2);
  const DIVMOD = defNative(Q.divmod, 2, 2, function (a) {
    const q = binaryOp(BinOp.FLOORDIV, i32[a], i32[a + 1], false);
    pushRoot(q);
    const r = binaryOp(BinOp.MOD, i32[a], i32[a + 1], false);
    pushRoot(r);
    const t = newTuple(2);
    popRoots(2);
    i32[(t >> 2) + 2] = q;
    i32[(t >> 2) + 3] = r;
    return t;
  });
  const POW = defNative(Q.pow, 2, 3, function (a, n) {
    if (n === 3 && i32[a + 2] !== C.None) return powModHook(i32[a], i32[a + 1], i32[a + 2]);
    return binaryOp(BinOp.POW, i32[a], i32[a + 1], false);
  });
  const ROUND = defNative(Q.round, 1, 2, function (a, n) {
    return roundHook(i32[a], n > 1 ? i32[a + 1] : C.None);
  });
  const HASH = defNative(Q.hash, 1, 1, function (a) {
    return mkInt(hashOf(i32[a]));
  });
  const ID = defNative(Q.id, 1, 1, function (a) {
    const v = i32[a];
    return mkInt(v & 1 ? v : v >>> 2);
  });
  // all (False at the first false item) and any (NATIVE_DATA 1: True at the first true one), one
  // function
  function allAny(a: number, n: number, kw: number, nkw: number, which: number): number {
    const stopAt = NATIVE_DATA[which] !== 0;
    if (consumeInPython(a, i32[a], stopAt ? Q.any : Q.all)) return C.None;
    const it = getIter(i32[a]);
    pushRoot(it);
    let found = false;
    for (;;) {
      const v = iterNext(it);
      if (v === 0) break;
      if (truthy(v) === stopAt) {
        found = true;
        break;
      }
    }
    popRoots(1);
    return bool(found ? stopAt : !stopAt);
  }
  const ALL = defNative(Q.all, 1, 1, allAny);
  const ANY = defNative(Q.any, 1, 1, allAny, 1);
  const GLOBALS = defNative(Q.globals, 0, 0, function () {
    return currentGlobals();
  });
  const LOCALS = defNative(Q.locals, 0, 0, function () {
    return currentLocals() || currentGlobals();
  });
  const FORMAT = defNative(Q.format, 1, 2, function (a, n) {
    return formatHook(i32[a], n > 1 ? i32[a + 1] : 0);
  });
  const MAP_ITER = defIterKind(function (it) {
    const its = iterObj(it);
    const n = i32[(its >> 2) + 1] >> 1;
    const base = rsp;
    for (let k = 0; k < n; k++) {
      const v = iterNext(i32[(its >> 2) + 2 + k]);
      if (v === 0) {
        setRsp(base);
        return 0;
      }
      pushRoot(v);
    }
    const r = call(iterExtra(it), base, n, 0, 0);
    setRsp(base);
    return r;
  }, true);
  const MAP = defNative(Q.map, 2, 255, function (a, n) {
    return newIter2(MAP_ITER, itersOf(a + 1, n - 1), i32[a]);
  });
  const FILTER_ITER = defIterKind(function (it) {
    const f = iterExtra(it);
    for (let n = 0; ; n++) {
      if (n > 255) return C.Skip;
      const v = iterNext(iterObj(it));
      if (v === 0) return 0;
      pushRoot(v);
      const keep = f === C.None ? truthy(v) : truthy(call1(f, v));
      popRoots(1);
      if (keep) return v;
    }
  }, true);
  const FILTER = defNative(Q.filter, 2, 2, function (a) {
    return newIter2(FILTER_ITER, getIter(i32[a + 1]), i32[a]);
  });
  const REVERSED_ITER = defIterKind(function (it) {
    const k = iterPos(it);
    if (k <= 0) return 0;
    setIterPos(it, k - 1);
    const o = iterObj(it);
    if (isListOrTuple(o)) {
      if (k - 1 >= seqLen(o)) return 0;
      return i32[seqItems(o) + k - 1];
    }
    return getitem(o, mkInt(k - 1));
  });
  const REVERSED = defNative(Q.reversed, 1, 1, function (a) {
    const o = i32[a];
    if (isUserInstance(o)) {
      const m = lookupType(typeOf(o), qv(Q.__reversed__));
      if (m !== 0) return callMethod0(m, o);
    }
    const t = typeOf(o);
    if (t === TV.range || t === TV.str || t === TV.bytes || t === TV.bytearray) {
      return getIter(getitem(o, sliceReverse()));
    }
    if (t === TV.dict) {
      const keys = listFromIter(o);
      pushRoot(keys);
      const it = newIter(REVERSED_ITER, keys, listLen(keys));
      popRoots(1);
      return it;
    }
    return newIter(REVERSED_ITER, o, lenOf(o));
  });
  return [ISSUBCLASS, HASATTR, GETATTR, SETATTR, DELATTR, CALLABLE, HEX, OCT, BIN, DIVMOD, POW, ROUND, HASH, ID, ALL, ANY, GLOBALS, LOCALS, FORMAT, MAP, FILTER, REVERSED];
};

// ---- the table ----

let TABLE: Int32Array;
const extra: number[] = [];

// Adds a name to the builtins (types and functions defined in other files).
export function addBuiltin(name: number, v: number): void {
  extra.push(qv(name), v);
}

export function initBuiltins(): void {
  const vals = FUNCTIONS.concat([
    defNative(Q.len, 1, 1, lenNative),
    defNative(Q.repr, 1, 1, reprNative),
    defNative(Q.min, 1, 255, minmax, CmpOp.LT),
    defNative(Q.max, 1, 255, minmax, CmpOp.GT),
  ]);
  // the builtin types, then the exception types (T.BaseException .. T.UnicodeError, all of them)
  const types = [
    T.int, T.bool, T.float, T.str, T.list, T.tuple, T.dict, T.set, T.frozenset, T.range, T.slice, T.type, T.object, T.super_,
    T.property, T.staticmethod, T.classmethod, T.bytes, T.bytearray, T.memoryview, T.complex,
  ];
  for (let k = 0; k < types.length; k++) vals.push(tv(types[k]));
  for (let k = T.BaseException; k <= T.UnicodeError; k++) vals.push(tv(k));
  TABLE = romMap(
    // a class body run by exec() with a bare globals dict reads __name__ from here, as in MicroPython
    [qv(Q.__name__), qv(Q.builtins)]
      .concat(named(vals))
      .concat([qv(Q.NotImplemented), C.NotImplemented, qv(Q.Ellipsis), C.Ellipsis])
      // dir, exec, eval, compile, __import__ and __build_class__ do not fit the engine bundles'
      // budgets yet: the full profile's until room is made
      .concat(MPJS_FULL ? named([DIR, EXEC, EVAL, COMPILE, IMPORT, BUILD_CLASS]) : [])
      .concat(extra),
  );
  FUNCTIONS.length = vals.length = types.length = 0; // (Espruino keeps them otherwise: init.ts, defineBuiltins)
}

// (name, value) pairs (tab completion)
export function builtinTable(): Int32Array {
  if (!lazyMade) addLazy();
  return TABLE;
}

// A name missing from the table: a NameError, or one of lazyBuiltins, made now.
export function lookupBuiltinName(q: number): number {
  const v = romLookup(TABLE, q);
  if (v !== 0 || lazyMade) return v;
  addLazy();
  return romLookup(TABLE, q);
}

let lazyMade = false;
function addLazy(): void {
  lazyMade = true;
  const pairs: number[] = [];
  for (let k = 0; k < TABLE.length; k++) pairs.push(TABLE[k]);
  TABLE = romMap(pairs.concat(named(lazyBuiltins!())));
  lazyBuiltins = null;
}

