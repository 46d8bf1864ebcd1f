// Exceptions: MicroPython's hierarchy, their args, str and repr, and printed tracebacks.

import { i32 } from "../gc/heap";
import { C, T, TV, tv, EXC } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, romMap, typeOf, typeName, newTuple, listLen, listItems, isSubtype, TypeInfo, newException } from "../core/obj";
import { reprOf, strOf, setExcArgsRepr, nativeSelf } from "../core/runtime";
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
        s += ", in " + qstrStr(i32[it + k + 2] >> 2) + "\n";
      }
    }
  }
  return s + excLine(e, true) + "\n";
}

// "TypeName: message", or "TypeName" when there is no message; inTraceback: as the last line of
// a traceback, which MicroPython prints with the ": " always ("KeyboardInterrupt: ").
export function excLine(e: number, inTraceback?: boolean): string {
  let msg = "";
  try {
    if (e !== C.MemErr) msg = strOf(e);
  } catch (x) {
    // a __str__ that raises (or recurses too deep): the message is left out, as MicroPython
    // prints it ("A: ")
  }
  return typeName(typeOf(e)) + (msg === "" && !inTraceback ? "" : ": " + msg);
}

const INIT = defNative(Q.__init__, 1, 255, function (a, n) {
  const e = nativeSelf(i32[a]);
  const args = newTuple(n - 1);
  for (let k = 1; k < n; k++) i32[(args >> 2) + 1 + k] = i32[a + k];
  if ((e & 15) === 0 && e !== 0) i32[(e >> 2) + EXC.args] = args;
  return C.None;
});

const WITH_TB = defNative(Q.with_traceback, 2, 2, function (a) {
  return i32[a];
});

// the attributes MicroPython gives exceptions beyond args: (name, the type that has it) pairs; the
// value is args[0] (args[1] for strerror), or None
const enum QV {
  args = (Q.args << 2) | 2,
  value = (Q.value << 2) | 2,
  code = (Q.code << 2) | 2,
  errno = (Q.errno << 2) | 2,
  strerror = (Q.strerror << 2) | 2,
  cause = (Q.__cause__ << 2) | 2,
  context = (Q.__context__ << 2) | 2,
  traceback = (Q.__traceback__ << 2) | 2,
}
const enum EV {
  SystemExit = (T.SystemExit << 3) | 4,
  OSError = (T.OSError << 3) | 4,
}

function excAttr(e: number, name: number): number {
  const args = excArgs(e);
  if (name === QV.args) return args || newTuple(0);
  if (e === C.MemErr) return 0;
  const k = [QV.value, QV.code, QV.errno, QV.strerror].indexOf(name);
  if (k >= 0 && isSubtype(typeOf(e), [TV.StopIteration, EV.SystemExit, EV.OSError, EV.OSError][k])) {
    const at = k > 2 ? 1 : 0; // strerror is args[1]: OSError(5) has none
    return argsLen(args) > at ? i32[(args >> 2) + 2 + at] : C.None;
  }
  if (name === QV.cause) return i32[(e >> 2) + EXC.cause] || C.None;
  return name === QV.context || name === QV.traceback ? C.None : 0;
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
  // T.BaseException .. T.UnicodeError: their names, and each one's base as a letter: "A" is
  // BaseException, "B" the type after it, ... (BaseException's own base is object)
  const names = [
    Q.BaseException, Q.SystemExit, Q.KeyboardInterrupt, Q.GeneratorExit, Q.Exception, Q.StopIteration, Q.StopAsyncIteration,
    Q.ArithmeticError, Q.OverflowError, Q.ZeroDivisionError, Q.AssertionError, Q.AttributeError, Q.EOFError, Q.ImportError,
    Q.LookupError, Q.IndexError, Q.KeyError, Q.MemoryError, Q.NameError, Q.OSError, Q.RuntimeError, Q.NotImplementedError,
    Q.SyntaxError, Q.IndentationError, Q.TypeError, Q.ValueError, Q.UnicodeError,
  ];
  const bases = "@AAAAEEEHHEEEEEOOEEEEUEWEEZ";
  for (let k = 0; k < names.length; k++) makeExcType(T.BaseException + k, names[k], k ? tv(T.BaseException - 65 + bases.charCodeAt(k)) : TV.object);
  names.length = 0; // (Espruino keeps it otherwise: init.ts, defineBuiltins)
  setExcArgsRepr(excArgsRepr);
}

