// Small helpers shared by the standard modules (mod*.ts): keyword arguments, number arguments.

import { i32 } from "../gc/heap";
import { C, TV } from "../core/types";
import { Q } from "../core/qstrdefs";
import { typeOf, typeError, typeName, isFloat, floatVal, newTuple, defType, newTypeIndex, CONST_TYPE, NATIVE_NAME, TYPES } from "../core/obj";
import { qv, isUserInstance, lookupType, callMethod0 } from "../core/runtime";
import { isBig, intToFloat, intToJs } from "../core/int";
import { asIndex } from "./objrange";
import { excTypeInfo } from "./objexc";

// the value of keyword argument q, or 0 when absent
export function kwArg(kw: number, nkw: number, q: number): number {
  for (let k = 0; k < nkw; k++) if (i32[kw + 2 * k] === qv(q)) return i32[kw + 2 * k + 1];
  return 0;
}

// Builtin natives and types as (qstr value, value) pairs, each under its own name: a type's methods
// (romMap) or a module's table without each name written twice in the bundle.
export function named(vals: number[]): number[] {
  const pairs: number[] = [];
  for (let k = 0; k < vals.length; k++) {
    const c = vals[k] >> 3;
    pairs.push(qv(CONST_TYPE[c] === TV.builtin ? NATIVE_NAME[c] : TYPES[c].name), vals[k]);
  }
  return pairs;
}

// Bodies that several natives or slots share: one JS function object each (RAM on Espruino).
export function retNone(): number {
  return C.None;
}

// A float as the 4 (single) or 8 bytes the host stores it in (little-endian on every mpjs host),
// and back: what array and struct hold. (Made only where one of them is in the bundle.)
const F32 = /*#__PURE__*/ new Float32Array(1);
const F64 = /*#__PURE__*/ new Float64Array(1);
const B32 = /*#__PURE__*/ new Uint8Array(F32.buffer);
const B64 = /*#__PURE__*/ new Uint8Array(F64.buffer);

export function floatBytes(x: number, size: number): Uint8Array {
  if (size === 4) {
    F32[0] = x;
    return B32;
  }
  F64[0] = x;
  return B64;
}

// the float in b[at .. at + size)
export function bytesFloat(b: ArrayLike<number>, at: number, size: number): number {
  const t = size === 4 ? B32 : B64;
  for (let j = 0; j < size; j++) t[j] = b[at + j];
  return size === 4 ? F32[0] : F64[0];
}

// positional argument k, else keyword q, else dflt
export function argOr(a: number, n: number, k: number, kw: number, nkw: number, q: number, dflt: number): number {
  if (k < n) return i32[a + k];
  const v = kwArg(kw, nkw, q);
  return v === 0 ? dflt : v;
}

// a number as a double: int, bool, float, or an object with __float__ (TypeError otherwise)
export function toFloat(v: number): number {
  if (v & 1) return v >> 1;
  if (v === C.True) return 1;
  if (v === C.False) return 0;
  if (isFloat(v)) return floatVal(v);
  if (isBig(v)) return intToFloat(v);
  if (isUserInstance(v)) {
    const m = lookupType(typeOf(v), qv(Q.__float__));
    if (m !== 0) return toFloat(callMethod0(m, v));
  }
  typeError("can't convert " + typeName(typeOf(v)) + " to float");
}

// an integer argument (int, bool or __index__) as a JS number
export function toInt(v: number): number {
  return intToJs(asIndex(v));
}

// a tuple of the given values
export function tupleOf(vals: number[]): number {
  const t = newTuple(vals.length);
  for (let k = 0; k < vals.length; k++) i32[(t >> 2) + 2 + k] = vals[k];
  return t;
}

// A new exception type (struct.error...), with the slots of its builtin base exception type.
export function defExcType(name: number, base: number): number {
  return defType(newTypeIndex(), name, base, excTypeInfo());
}
