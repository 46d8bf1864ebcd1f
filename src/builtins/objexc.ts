// Exceptions: MicroPython's hierarchy, their args, str and repr, and printed tracebacks.

import { i32 } from "../gc/heap";
import { C, T, TV, tv, EXC } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, romMap, typeOf, typeName, newTuple, listLen, listItems, isSubtype, TYPES, TypeInfo, newException } from "../core/obj";
import { reprOf, strOf, qv, setExcArgsRepr, nativeSelf } from "../core/runtime";
import { qstrStr } from "../core/qstr";
import { nativeExc } from "../core/vm";
import { seqRepr } from "./objlist";
import { errnoName } from "./moderrno";
import { named } from "./modutil";

export function excArgs(e: number): number {
  const n = nativeExc(e);
  return n === 0 ? 0 : i32[(n >> 2) + EXC.args];
}

function argsLen(args: number): number {
  return args === 0 ? 0 : i32[(args >> 2) + 1] >> 1;
}

export function excStr(e: number): string {
  const args = excArgs(e);
  const n = argsLen(args);
  if (n === 0) return "";
  if (n === 1) {
    const a = i32[(args >> 2) + 2];
    // MicroPython names a known error number: "[Errno 19] ENODEV" (in the bundles with files or
    // machine, whose errors these mostly are, until the others have room for it)
    const name = (MPJS_FILES || MPJS_MACHINE) && a & 1 && isSubtype(typeOf(e), tv(T.OSError)) ? errnoName(a >> 1) : null;
    if (name !== null) return "[Errno " + (a >> 1) + "] " + name;
    return strOf(a);
  }
  return seqRepr(args, "(", ")");
}

function excArgsRepr(e: number): string {
  const args = excArgs(e);
  if (argsLen(args) === 1) return "(" + reprOf(i32[(args >> 2) + 2]) + ")";
  return args === 0 ? "()" : seqRepr(args, "(", ")");
}

// The traceback and the exception line, as MicroPython prints them.
export function formatException(e: number): string {
  let s = "";
  const ne = nativeExc(e);
  if (ne !== 0) {
    const tb = i32[(ne >> 2) + EXC.tb];
    if (tb !== 0) {
      s += "Traceback (most recent call last):\n";
      const n = listLen(tb);
      const it = listItems(tb);
      for (let k = n - 3; k >= 0; k -= 3) {
        s += '  File "' + qstrStr(i32[it + k] >> 2) + '", line ' + (i32[it + k + 1] >> 1);
        const name = i32[it + k + 2];
        s += ", in " + qstrStr(name >> 2) + "\n";
      }
    }
  }
  return s + excLine(e, true) + "\n";
}

// "TypeName: message", or "TypeName" when there is no message; inTraceback: as the last line of
// a traceback, which MicroPython prints with the ": " always ("KeyboardInterrupt: ").
export function excLine(e: number, inTraceback?: boolean): string {
  const msg = excStrOf(e);
  return typeName(typeOf(e)) + (msg === "" && !inTraceback ? "" : ": " + msg);
}

function excStrOf(e: number): string {
  if (e === C.MemErr) return "";
  return strOf(e);
}

const INIT = defNative(Q.__init__, 1, 255, function (a, n) {
  const e = nativeSelf(i32[a]);
  const args = newTuple(n - 1);
  for (let k = 1; k < n; k++) i32[(args >> 2) + 1 + k] = i32[a + k];
  if ((e & 15) === 0 && e !== 0 && !(e === C.MemErr)) i32[(e >> 2) + EXC.args] = args;
  return C.None;
});

const WITH_TB = defNative(Q.with_traceback, 2, 2, function (a) {
  return i32[a];
});

function excAttr(e: number, name: number): number {
  if (e === C.MemErr) {
    if (name === qv(Q.args)) return newTuple(0);
    return 0;
  }
  const w = e >> 2;
  const args = i32[w + EXC.args];
  if (name === qv(Q.args)) return args === 0 ? newTuple(0) : args;
  const t = typeOf(e);
  if (name === qv(Q.value) && isSubtype(t, TV.StopIteration)) return argsLen(args) > 0 ? i32[(args >> 2) + 2] : C.None;
  if (name === qv(Q.code) && isSubtype(t, tv(T.SystemExit))) return argsLen(args) > 0 ? i32[(args >> 2) + 2] : C.None;
  if ((name === qv(Q.errno) || name === qv(Q.strerror)) && isSubtype(t, tv(T.OSError))) {
    if (argsLen(args) === 0) return C.None;
    return i32[(args >> 2) + 2 + (name === qv(Q.errno) ? 0 : 1)] || C.None;
  }
  if (name === qv(Q.__cause__)) return i32[w + EXC.cause] || C.None;
  if (name === qv(Q.__context__)) return C.None;
  if (name === qv(Q.__traceback__)) return C.None;
  return 0;
}

// the slots every exception type shares (one function each, not one per type: RAM on Espruino)
function excMake(a: number, n: number, kw: number, nkw: number, t: number): number {
  const args = newTuple(n);
  for (let k = 0; k < n; k++) i32[(args >> 2) + 2 + k] = i32[a + k];
  return newException(t, args);
}

function excRepr(e: number): string {
  return typeName(typeOf(e)) + excArgsRepr(e);
}

// An exception type's descriptor: its slots come from one shared prototype, so that each type's
// own object holds only its name, base and locals (each property is a JsVar on Espruino).
let excSlots: Partial<TypeInfo> | null = null;
export function excTypeInfo(): Partial<TypeInfo> {
  if (excSlots === null) excSlots = { make: excMake, repr: excRepr, str: excStr, attr: excAttr };
  return Object.create(excSlots);
}

function makeExcType(t: number, name: number, base: number): void {
  const info = excTypeInfo();
  if (t === T.BaseException) info.locals = romMap(named([INIT, WITH_TB]));
  defType(t, name, base, info);
}


export function initExceptions(): void {
  const E: number[][] = [
    [T.BaseException, Q.BaseException, T.object],
    [T.SystemExit, Q.SystemExit, T.BaseException],
    [T.KeyboardInterrupt, Q.KeyboardInterrupt, T.BaseException],
    [T.GeneratorExit, Q.GeneratorExit, T.BaseException],
    [T.Exception, Q.Exception, T.BaseException],
    [T.StopIteration, Q.StopIteration, T.Exception],
    [T.StopAsyncIteration, Q.StopAsyncIteration, T.Exception],
    [T.ArithmeticError, Q.ArithmeticError, T.Exception],
    [T.OverflowError, Q.OverflowError, T.ArithmeticError],
    [T.ZeroDivisionError, Q.ZeroDivisionError, T.ArithmeticError],
    [T.AssertionError, Q.AssertionError, T.Exception],
    [T.AttributeError, Q.AttributeError, T.Exception],
    [T.EOFError, Q.EOFError, T.Exception],
    [T.ImportError, Q.ImportError, T.Exception],
    [T.LookupError, Q.LookupError, T.Exception],
    [T.IndexError, Q.IndexError, T.LookupError],
    [T.KeyError, Q.KeyError, T.LookupError],
    [T.MemoryError, Q.MemoryError, T.Exception],
    [T.NameError, Q.NameError, T.Exception],
    [T.OSError, Q.OSError, T.Exception],
    [T.RuntimeError, Q.RuntimeError, T.Exception],
    [T.NotImplementedError, Q.NotImplementedError, T.RuntimeError],
    [T.SyntaxError, Q.SyntaxError, T.Exception],
    [T.IndentationError, Q.IndentationError, T.SyntaxError],
    [T.TypeError, Q.TypeError, T.Exception],
    [T.ValueError, Q.ValueError, T.Exception],
    [T.UnicodeError, Q.UnicodeError, T.ValueError],
  ];
  for (let k = 0; k < E.length; k++) makeExcType(E[k][0], E[k][1], tv(E[k][2]));
  TYPES[T.BaseException].raw = false;
  setExcArgsRepr(excArgsRepr);
}

// the exception types by name, for the builtins module
export const EXC_NAMES: number[] = [];

