// float: IEEE doubles, printed and parsed by mpjs itself (floatfmt.ts), never by the host.

import { i32, pushRoot, popRoots } from "../gc/heap";
import { C, T, TV } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, romMap, typeOf, typeName, typeError, valueError, newFloat, floatVal, isFloat, bool, isStr, toJs, newTuple, newStr, TYPES } from "../core/obj";
import { BinOp, CmpOp, UnOp } from "../core/bytecode";
import { isBig, toMpz, intToFloat, fromMpz, overflow, isInf } from "../core/int";
import * as mpz from "../core/mpz";
import { reprFloat, parseFloat as parseFloatText } from "../core/floatfmt";
import { qv, isUserInstance, lookupType, callMethod0, nativeSelf } from "../core/runtime";
import { newClassMethodValue } from "./objtype";
import { named, toFloat } from "./modutil";
import { zeroDiv } from "./objint";
import { bytesTxt } from "./objbytes";

// a number (int, bool, float) as a double; null for other types
export function toDouble(v: number): number | null {
  if (v & 1) return v >> 1;
  if (v === C.True) return 1;
  if (v === C.False) return 0;
  if (isFloat(v)) return floatVal(v);
  if (isBig(v)) return intToFloat(v);
  return null;
}

// a finite x as [m, e] with x = m / 2^e, m an integral mpz
export function floatRatio(x: number): [mpz.Mpz, number] {
  let e = 0;
  while (x !== mpz.floor(x)) {
    x *= 2;
    e++;
  }
  return [mpz.fromNumber(x), e];
}

// CPython's float_divmod: [floor quotient, modulo] (its tests are C's: a NaN is not zero)
export function floatDivmod(x: number, y: number): number[] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else mod = y < 0 ? -0 : 0;
  let fd: number;
  if (div !== 0) {
    fd = mpz.floor(div);
    if (div - fd > 0.5) fd += 1;
  } else fd = 1 / (x / y) < 0 ? -0 : 0; // (the sign of a zero quotient too)
  return [fd, mod];
}

// x ** y for doubles, as CPython's float_pow; integral powers exactly rounded
export function floatPow(x: number, y: number): number {
  if (y === 0 || x === 1) return newFloat(1);
  if (x !== x || y !== y) return newFloat(NaN);
  if (isInf(y)) {
    const ax = Math.abs(x);
    return newFloat(ax === 1 ? 1 : ax > 1 === y > 0 ? Infinity : 0);
  }
  if (isInf(x)) return newFloat(Math.pow(x, y));
  if (x === 0) {
    if (y < 0) zeroDiv();
    return newFloat(Math.pow(x, y));
  }
  const integral = y === mpz.floor(y);
  if (x < 0 && !integral) return complexPowHook !== null ? complexPowHook(x, y) : valueError("math domain error");
  let r: number;
  const ay = Math.abs(y);
  if (y === 0.5 && x > 0) return newFloat(Math.sqrt(x));
  const xr = integral && ay <= 100000 ? floatRatio(Math.abs(x)) : null;
  if (y === 1 || y === 2 || y === -1) r = y === 2 ? x * x : y > 0 ? x : 1 / x;
  else if (xr !== null && mpz.bitLength(xr[0]) * ay <= 20000 && xr[1] * ay <= 20000) {
    // exact rational x^n = m^n / 2^(e*n), then one correct rounding
    const num = mpz.pow(xr[0], ay);
    const den = mpz.shl(mpz.fromNumber(1), xr[1] * ay);
    r = y > 0 ? mpz.trueDiv(num, den) : mpz.trueDiv(den, num);
    if (x < 0 && ay % 2 === 1) r = -r;
  } else r = Math.pow(x, y);
  if (isInf(r)) overflow("(34, 'Numerical result out of range')");
  return newFloat(r);
}

export function floatBinop(op: number, x: number, y: number): number {
  switch (op) {
    case BinOp.ADD:
      return newFloat(x + y);
    case BinOp.SUB:
      return newFloat(x - y);
    case BinOp.MUL:
      return newFloat(x * y);
    case BinOp.TRUEDIV:
      if (y === 0) zeroDiv();
      return newFloat(x / y);
    case BinOp.FLOORDIV:
      if (y === 0) zeroDiv();
      return newFloat(floatDivmod(x, y)[0]);
    case BinOp.MOD:
      if (y === 0) zeroDiv();
      return newFloat(floatDivmod(x, y)[1]);
    case BinOp.POW:
      return floatPow(x, y);
  }
  return 0;
}

// a negative number to a fractional power: complex when the cmath module set it (full profile)
export let complexPowHook: ((x: number, y: number) => number) | null = null;
export function setComplexPowHook(f: (x: number, y: number) => number): void {
  complexPowHook = f;
}

function floatBinopSlot(op: number, a: number, b: number): number {
  const x = toDouble(a),
    y = toDouble(b);
  if (x === null || y === null) return 0;
  return op >= BinOp.N ? floatBinop(op - BinOp.N, y, x) : floatBinop(op, x, y);
}

// the order of an int against a double, exactly: -1, 0, 1, or 2 when y is nan
export function intFloatOrder(a: number, y: number): number {
  if (y !== y) return 2;
  if (a & 1) {
    const x = a >> 1;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (isInf(y)) return y > 0 ? -1 : 1;
  const f = mpz.floor(y);
  const c = mpz.cmp(toMpz(a), mpz.fromNumber(f));
  return c !== 0 ? c : f === y ? 0 : -1;
}

// compares the order o (-1, 0, 1, 2 unordered) with op (LT..GE): bit o + 1 of op's nibble says
export function orderOp(op: number, o: number): number {
  return bool(((0x64d231 >> (op * 4 + o + 1)) & 1) === 1);
}

// a float against any number; 0 when b is not an int or float
function floatCmpSlot(op: number, a: number, b: number): number {
  const x = floatVal(a);
  let o: number;
  if (isBig(b)) {
    // b's order against x, turned round
    o = intFloatOrder(b, x);
    if (o < 2) o = -o;
  } else {
    const y = toDouble(b);
    if (y === null) return 0;
    o = x < y ? -1 : x > y ? 1 : x === y ? 0 : 2;
  }
  return orderOp(op, o);
}

const P30 = 1073741823; // 2^30 - 1: hashes of integral numbers are their value modulo P30

// hash of a double: integral values hash as the int they equal
export function floatHash(x: number): number {
  if (x !== x) return 0;
  if (isInf(x)) return x > 0 ? 314159 : -314159;
  if (x === mpz.floor(x) && x >= -0x40000000 && x <= 0x3fffffff) return x;
  // m / 2^e: an integral double hashes as the int it equals (e is 0), others mix e in
  const r = floatRatio(x);
  let h = r[1] * 1000003;
  const d = r[0].d;
  for (let k = d.length - 1; k >= 0; k--) h = (h * 65536 + d[k]) % P30;
  return x < 0 ? -h : h;
}

export function parseFloatStr(s: string): number {
  const t = s.replace(/^\s+|\s+$/g, "");
  const clean = /^[+-]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?([eE][+-]?\d(_?\d)*)?$/.test(t) ? t.replace(/_/g, "") : t;
  const v = parseFloatText(clean);
  if (v === null) valueError("invalid syntax for number");
  return v;
}


function floatMake(a: number, n: number): number {
  if (n === 0) return newFloat(0);
  const x = nativeSelf(i32[a]);
  if (isFloat(x)) return x;
  if (isStr(x)) return newFloat(parseFloatStr(toJs(x)));
  const t = typeOf(x);
  if (t === TV.bytes || t === TV.bytearray) return newFloat(parseFloatStr(bytesTxt(x) as string));
  const d = toDouble(x);
  if (d !== null) return newFloat(d);
  if (isUserInstance(x)) {
    const m = lookupType(t, qv(Q.__float__)) || lookupType(t, qv(Q.__index__));
    // (toFloat: what it returns must be a number)
    if (m !== 0) return newFloat(toFloat(callMethod0(m, x)));
  }
  typeError("can't convert " + typeName(t) + " to float");
}

function floatUnop(op: number, a: number): number {
  const x = floatVal(a);
  switch (op) {
    case UnOp.NEG:
      return newFloat(-x);
    case UnOp.POS:
      return a;
  }
  return 0;
}

function self(a: number): number {
  return floatVal(i32[a]);
}

function isInteger(a: number): number {
  const x = self(a);
  return bool(x === mpz.floor(x) && !isInf(x));
}

// a tuple (x, y): x an int value (rooted while y is made), y an mpz
export function intPair(x: number, y: mpz.Mpz): number {
  pushRoot(x);
  const v = fromMpz(y);
  pushRoot(v);
  const t = newTuple(2);
  popRoots(2);
  i32[(t >> 2) + 2] = x;
  i32[(t >> 2) + 3] = v;
  return t;
}

function asIntegerRatio(a: number): number {
  const x = self(a);
  if (x !== x) valueError("cannot convert NaN to integer ratio");
  if (isInf(x)) overflow("cannot convert Infinity to integer ratio");
  const r = floatRatio(x);
  let m = r[0],
    e = r[1];
  while (e > 0 && (m.d[0] & 1) === 0) {
    m = mpz.shr(m, 1);
    e--;
  }
  return intPair(fromMpz(m), mpz.shl(mpz.fromNumber(1), e));
}

// x.conjugate() of an int or float: x (a bool as an int)
export function numSelf(a: number): number {
  const v = i32[a];
  return v === C.True ? 3 : v === C.False ? 1 : v;
}

// float.hex(): '0x1.8000000000000p+0'
const HEXDIG = "0123456789abcdef";
function floatHex(a: number): number {
  let x = self(a);
  if (x !== x) return newStr("nan");
  if (isInf(x)) return newStr(x > 0 ? "inf" : "-inf");
  const sign = x < 0 || 1 / x < 0 ? "-" : "";
  x = Math.abs(x);
  if (x === 0) return newStr(sign + "0x0.0p+0");
  let e = 0;
  while (x >= 2) {
    x /= 2;
    e++;
  }
  while (x < 1 && e > -1022) {
    x *= 2;
    e--;
  }
  let s = sign + "0x" + (x >= 1 ? "1" : "0") + ".";
  x -= mpz.floor(x);
  for (let k = 0; k < 13; k++) {
    x *= 16;
    const d = mpz.floor(x);
    s += HEXDIG.charAt(d);
    x -= d;
  }
  return newStr(s + "p" + (e < 0 ? "-" : "+") + Math.abs(e));
}

// float.fromhex('0x1.8p+1')
function floatFromHex(a: number): number {
  const s = toJs(i32[a + 1]).replace(/^\s+|\s+$/g, "").toLowerCase();
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  let x: number;
  if (/^[+-]?(inf|infinity|nan)$/.test(s)) x = parseFloatText(s) as number;
  else {
    if (m === null || m[2] + (m[3] || "") === "") valueError("invalid hexadecimal floating-point string");
    const digits = m[2] + (m[3] || "");
    const exp = (m[4] ? parseInt(m[4], 10) : 0) - 4 * (m[3] || "").length;
    const v = mpz.fromString(digits, 16) as mpz.Mpz;
    x = exp >= 0 ? mpz.toNumber(mpz.shl(v, exp)) : mpz.trueDiv(v, mpz.shl(mpz.fromNumber(1), -exp));
    if (isInf(x)) overflow("hexadecimal value too large to represent as a float");
    if (m[1] === "-") x = -x;
  }
  return newFloat(x);
}

// CPython's float methods (MicroPython has none): the full profile
function floatFull(): Int32Array {
  return romMap(
    named([
      defNative(Q.is_integer, 1, 1, isInteger),
      defNative(Q.as_integer_ratio, 1, 1, asIntegerRatio),
      defNative(Q.conjugate, 1, 1, numSelf),
      defNative(Q.hex, 1, 1, floatHex),
      newClassMethodValue(defNative(Q.fromhex, 2, 2, floatFromHex)),
    ]),
  );
}

function floatAttr(v: number, name: number): number {
  if (name === qv(Q.real)) return v;
  if (name === qv(Q.imag)) return newFloat(0);
  return 0;
}

export function initFloat(): void {
  defType(T.float, Q.float, TV.object, {
    make: floatMake,
    repr: function (v) {
      return reprFloat(floatVal(v));
    },
    binop: floatBinopSlot,
    unop: floatUnop,
    cmp: floatCmpSlot,
    eq: function (a, b) {
      return floatCmpSlot(CmpOp.EQ, a, b);
    },
    hash: function (v) {
      return floatHash(floatVal(v));
    },
    truth: function (v) {
      return floatVal(v) !== 0;
    },
    locals: MPJS_FULL ? floatFull() : null,
  });
  if (MPJS_FULL) TYPES[T.float].attr = floatAttr;
}
