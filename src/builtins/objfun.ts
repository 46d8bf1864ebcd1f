// Functions, bound methods, builtin functions, modules, cells, generators, and the singletons
// None, Ellipsis and NotImplemented.

import { i32, R, pushRoot, popRoots } from "../gc/heap";
import { C, T, TV, tv, FN } from "../core/types";
import { Q } from "../core/qstrdefs";
import { CO } from "../core/bytecode";
import { defType, defNative, romMap, typeOf, raise, raiseArgs, newException, newTuple, THROWN, isSubtype, NATIVE_NAME, CONST_TYPE } from "../core/obj";
import { qv, hex, setCallNextCatching, callMethod0 } from "../core/runtime";
import { qstrStr } from "../core/qstr";
import { genResume, genDone, Gen, checkRaisable } from "../core/vm";
import { named } from "./modutil";
import { iterSelf } from "./iter";

function fnName(f: number): string {
  return qstrStr(i32[(f >> 2) + FN.name] >> 2);
}

// ---- generators ----

function stopIteration(v: number): never {
  if (v === C.None) raise(TV.StopIteration);
  raiseArgs(TV.StopIteration, v);
}

const enum QV {
  __name__ = (Q.__name__ << 2) | 2,
  __qualname__ = (Q.__qualname__ << 2) | 2,
  __module__ = (Q.__module__ << 2) | 2,
  __main__ = (Q.__main__ << 2) | 2,
  __globals__ = (Q.__globals__ << 2) | 2,
  __defaults__ = (Q.__defaults__ << 2) | 2,
  __doc__ = (Q.__doc__ << 2) | 2,
  __code__ = (Q.__code__ << 2) | 2,
  __self__ = (Q.__self__ << 2) | 2,
  __func__ = (Q.__func__ << 2) | 2,
}
const enum EV {
  GeneratorExit = (T.GeneratorExit << 3) | 4,
  RuntimeError = (T.RuntimeError << 3) | 4,
}

// resume (throwing exc into it when not 0) and turn a return into StopIteration(value)
function genSend(g: number, v: number, exc: number): number {
  const r = genResume(g, v, exc);
  if (genDone()) stopIteration(r);
  return r;
}

function genNext(g: number): number {
  const r = genResume(g, C.None, 0);
  return genDone() ? 0 : r;
}

// e (a JS exception) is a Python exception of type t (not the heap-full MemoryError)
function caught(e: unknown, t: number): boolean {
  if (e !== THROWN) return false;
  const x = i32[R.excRaising];
  return x !== C.MemErr && isSubtype(typeOf(x), t);
}

function wrap1(v: number): number {
  pushRoot(v);
  const t = newTuple(1);
  popRoots(1);
  i32[(t >> 2) + 2] = v;
  return t;
}

// generator's methods: in an array that initFun empties once read (a name each would stay in RAM
// on Espruino for good; init.ts, defineBuiltins)
const GEN_METHODS = [
  defNative(Q.send, 2, 2, function (a) {
    return genSend(i32[a], i32[a + 1], 0);
  }),
  defNative(Q.__next__, 1, 1, function (a) {
    return genSend(i32[a], C.None, 0);
  }),
  defNative(Q.throw, 2, 4, function (a, n) {
    let e = i32[a + 1];
    checkRaisable(e);
    if (typeOf(e) === TV.type) {
      if (n > 2 && i32[a + 2] !== C.None) {
        const v = i32[a + 2];
        e = isSubtype(typeOf(v), e) ? v : newException(e, wrap1(v));
      } else e = newException(e, newTuple(0));
    }
    return genSend(i32[a], C.None, e);
  }),
  defNative(Q.close, 1, 1, function (a) {
    const g = i32[a];
    const state = i32[(g >> 2) + 2] >> 1;
    if (state === Gen.DONE) return C.None;
    if (state === Gen.NEW) {
      i32[(g >> 2) + 2] = (Gen.DONE << 1) | 1;
      return C.None;
    }
    try {
      genResume(g, C.None, newException(EV.GeneratorExit, newTuple(0)));
    } catch (e) {
      if (caught(e, EV.GeneratorExit) || caught(e, TV.StopIteration)) return C.None;
      throw e;
    }
    if (!genDone()) raise(EV.RuntimeError, "generator ignored GeneratorExit");
    return C.None;
  }),
];

// the repr of None, Ellipsis and NotImplemented
function constRepr(v: number): string {
  return v === C.None ? "None" : v === C.Ellipsis ? "Ellipsis" : "NotImplemented";
}

export function initFun(): void {
  defType(T.function, Q.function, TV.object, {
    repr: function (f) {
      return "<function " + fnName(f) + " at " + hex(f) + ">";
    },
    attr: function (f, name) {
      const w = f >> 2;
      return name === QV.__name__ || name === QV.__qualname__
        ? i32[w + FN.name]
        : name === QV.__module__
          ? QV.__main__
          : name === QV.__globals__
            ? i32[w + FN.globals]
            : name === QV.__defaults__
              ? i32[w + FN.defaults] || C.None
              : name === QV.__doc__
                ? C.None
                : name === QV.__code__
                  ? i32[w + FN.code]
                  : 0;
    },
  });
  defType(T.boundmeth, Q.bound_method, TV.object, {
    repr: function (b) {
      // a builtin type's method taken from the type (runtime.ts unboundNative) prints as the native
      return i32[(b >> 2) + 3] !== 0 ? "<function " + qstrStr(NATIVE_NAME[i32[(b >> 2) + 2] >> 3]) + ">" : "<bound_method " + hex(b) + ">";
    },
    attr: function (b, name) {
      const f = i32[(b >> 2) + 2];
      return name === QV.__self__
        ? i32[(b >> 2) + 1]
        : name === QV.__func__
          ? f
          : name === QV.__name__
            ? typeOf(f) === TV.function
              ? i32[(f >> 2) + FN.name]
              : qv(NATIVE_NAME[f >> 3])
            : 0;
    },
    eq: function (a, b) {
      if (typeOf(b) !== TV.boundmeth) return 0;
      return i32[(a >> 2) + 1] === i32[(b >> 2) + 1] && i32[(a >> 2) + 2] === i32[(b >> 2) + 2] ? C.True : C.False;
    },
    hash: function (b) {
      return (i32[(b >> 2) + 2] >> 3) & 0x3fffffff;
    },
  });
  defType(T.builtin, Q.builtin_function_or_method, TV.object, {
    repr: function (f) {
      return "<function " + qstrStr(NATIVE_NAME[f >> 3]) + ">";
    },
    attr: function (f, name) {
      return name === QV.__name__ ? qv(NATIVE_NAME[f >> 3]) : 0;
    },
  });
  defType(T.module, Q.module, TV.object, {
    repr: function (m) {
      return "<module '" + qstrStr(i32[(m >> 2) + 1] >> 2) + "'>";
    },
  });
  defType(T.cell, Q.cell, TV.object);
  defType(T.code, Q.code, TV.object, {
    repr: function (c) {
      return "<code object " + qstrStr(i32[(c >> 2) + CO.name] >> 2) + ">";
    },
  });
  defType(T.frame, Q.frame, TV.object);
  defType(T.generator, Q.generator, TV.object, {
    repr: function (g) {
      return "<generator object '" + qstrStr(i32[(g >> 2) + 3] >> 2) + "' at " + hex(g) + ">";
    },
    iter: iterSelf,
    next: genNext,
    attr: function (g, name) {
      return name === QV.__name__ ? i32[(g >> 2) + 3] : 0;
    },
    locals: romMap(named(GEN_METHODS)),
  });
  GEN_METHODS.length = 0;
  defType(T.NoneType, Q.NoneType, TV.object, {
    repr: constRepr,
    truth: function () {
      return false;
    },
    hash: function () {
      return 0x5f3759;
    },
  });
  defType(T.ellipsis, Q.ellipsis, TV.object, { repr: constRepr });
  defType(T.NotImplementedType, Q.NotImplementedType, TV.object, { repr: constRepr });
  defType(T.valarr, Q.valarr, TV.object);
  defType(T.rawbuf, Q.rawbuf, TV.object, { raw: true });
  CONST_TYPE[3] = tv(T.ellipsis);
  CONST_TYPE[4] = tv(T.NotImplementedType);
  // a user iterator's __next__ raising StopIteration ends the iteration
  setCallNextCatching(function (m, it) {
    try {
      return callMethod0(m, it);
    } catch (e) {
      if (caught(e, TV.StopIteration)) return 0;
      throw e;
    }
  });
}
