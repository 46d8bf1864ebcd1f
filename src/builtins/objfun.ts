// Functions, bound methods, builtin functions, modules, cells, generators, and the singletons
// None, Ellipsis and NotImplemented.

import { i32, R, pushRoot, popRoots } from "../gc/heap";
import { C, T, TV, tv, FN, EXC } from "../core/types";
import { Q } from "../core/qstrdefs";
import { CO } from "../core/bytecode";
import { defType, defNative, romMap, typeOf, raise, raiseArgs, newException, newTuple, THROWN, isSubtype, NATIVE_NAME, CONST_TYPE } from "../core/obj";
import { qv, hex, setCallNextCatching, callMethod0 } from "../core/runtime";
import { qstrStr } from "../core/qstr";
import { genResume, genDone, GEN_DONE, GEN_NEW } from "../core/vm";
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

// resume and turn a return into StopIteration(value)
function genSend(g: number, v: number): number {
  const r = genResume(g, v, 0);
  if (genDone()) stopIteration(r);
  return r;
}

function genNext(g: number): number {
  const r = genResume(g, C.None, 0);
  return genDone() ? 0 : r;
}

const G_SEND = defNative(Q.send, 2, 2, function (a) {
  return genSend(i32[a], i32[a + 1]);
});
const G_NEXT = defNative(Q.__next__, 1, 1, function (a) {
  return genSend(i32[a], C.None);
});
const G_THROW = defNative(Q.throw, 2, 4, function (a, n) {
  let e = i32[a + 1];
  if (typeOf(e) === TV.type) {
    if (n > 2 && i32[a + 2] !== C.None) {
      const v = i32[a + 2];
      e = isSubtype(typeOf(v), e) ? v : newException(e, wrap1(v));
    } else e = newException(e, newTuple(0));
  }
  const r = genResume(i32[a], C.None, e);
  if (genDone()) stopIteration(r);
  return r;
});
function wrap1(v: number): number {
  pushRoot(v);
  const t = newTuple(1);
  popRoots(1);
  i32[(t >> 2) + 2] = v;
  return t;
}
const G_CLOSE = defNative(Q.close, 1, 1, function (a) {
  const g = i32[a];
  const state = i32[(g >> 2) + 2] >> 1;
  if (state === GEN_DONE) return C.None;
  if (state === GEN_NEW) {
    i32[(g >> 2) + 2] = (GEN_DONE << 1) | 1;
    return C.None;
  }
  try {
    genResume(g, C.None, newException(tv(T.GeneratorExit), newTuple(0)));
  } catch (e) {
    if (e === THROWN) {
      const x = i32[R.excRaising];
      if (x !== C.MemErr && (isSubtype(typeOf(x), tv(T.GeneratorExit)) || isSubtype(typeOf(x), TV.StopIteration))) return C.None;
    }
    throw e;
  }
  if (!genDone()) raise(tv(T.RuntimeError), "generator ignored GeneratorExit");
  return C.None;
});

export function initFun(): void {
  defType(T.function, Q.function, TV.object, {
    repr: function (f) {
      return "<function " + fnName(f) + " at " + hex(f) + ">";
    },
    attr: function (f, name) {
      if (name === qv(Q.__name__)) return i32[(f >> 2) + FN.name];
      if (name === qv(Q.__qualname__)) return i32[(f >> 2) + FN.name];
      if (name === qv(Q.__module__)) return qv(Q.__main__);
      if (name === qv(Q.__globals__)) return i32[(f >> 2) + FN.globals];
      if (name === qv(Q.__defaults__)) return i32[(f >> 2) + FN.defaults] || C.None;
      if (name === qv(Q.__doc__)) return C.None;
      if (name === qv(Q.__code__)) return i32[(f >> 2) + FN.code];
      return 0;
    },
  });
  defType(T.boundmeth, Q.bound_method, TV.object, {
    repr: function (b) {
      const f = i32[(b >> 2) + 2];
      const name = typeOf(f) === TV.function ? fnName(f) : qstrStr(NATIVE_NAME[f >> 3]);
      return "<bound_method " + hex(b) + ">" + (name ? "" : "");
    },
    attr: function (b, name) {
      if (name === qv(Q.__self__)) return i32[(b >> 2) + 1];
      if (name === qv(Q.__func__)) return i32[(b >> 2) + 2];
      if (name === qv(Q.__name__)) {
        const f = i32[(b >> 2) + 2];
        return typeOf(f) === TV.function ? i32[(f >> 2) + FN.name] : qv(NATIVE_NAME[f >> 3]);
      }
      return 0;
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
      if (name === qv(Q.__name__)) return qv(NATIVE_NAME[f >> 3]);
      return 0;
    },
  });
  defType(T.module, Q.module, TV.object, {
    repr: function (m) {
      return "<module '" + qstrStr(i32[(m >> 2) + 1] >> 2) + "'>";
    },
  });
  defType(T.cell, Q.cell, TV.object, {});
  defType(T.code, Q.code, TV.object, {
    repr: function (c) {
      return "<code object " + qstrStr(i32[(c >> 2) + CO.name] >> 2) + ">";
    },
  });
  defType(T.frame, Q.frame, TV.object, {});
  defType(T.generator, Q.generator, TV.object, {
    repr: function (g) {
      return "<generator object '" + qstrStr(i32[(g >> 2) + 3] >> 2) + "' at " + hex(g) + ">";
    },
    iter: iterSelf,
    next: genNext,
    attr: function (g, name) {
      if (name === qv(Q.__name__)) return i32[(g >> 2) + 3];
      return 0;
    },
    locals: romMap(named([G_SEND, G_NEXT, G_THROW, G_CLOSE])),
  });
  defType(T.NoneType, Q.NoneType, TV.object, {
    repr: function () {
      return "None";
    },
    truth: function () {
      return false;
    },
    hash: function () {
      return 0x5f3759;
    },
  });
  defType(T.ellipsis, Q.ellipsis, TV.object, {
    repr: function () {
      return "Ellipsis";
    },
  });
  defType(T.NotImplementedType, Q.NotImplementedType, TV.object, {
    repr: function () {
      return "NotImplemented";
    },
  });
  defType(T.valarr, Q.valarr, TV.object, {});
  defType(T.rawbuf, Q.rawbuf, TV.object, { raw: true });
  CONST_TYPE[3] = tv(T.ellipsis);
  CONST_TYPE[4] = tv(T.NotImplementedType);
  // a user iterator's __next__ raising StopIteration ends the iteration
  setCallNextCatching(function (m, it) {
    try {
      return callMethod0(m, it);
    } catch (e) {
      if (e === THROWN) {
        const x = i32[R.excRaising];
        if (x !== C.MemErr && isSubtype(typeOf(x), TV.StopIteration)) return 0;
      }
      throw e;
    }
  });
}

