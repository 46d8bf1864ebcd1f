// float: IEEE doubles, printed and parsed by mpjs itself (floatfmt.ts), never by the host.

import { i32 } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, romMap, typeOf, raise, typeError, valueError, newFloat, floatVal, isFloat, bool, isStr, toJs, newTuple, mkInt } from "../core/obj";
import { BinOp, CmpOp, UnOp } from "../core/bytecode";
import { isBig, toMpz, intToFloat, fromMpz } from "../core/int";
import * as mpz from "../core/mpz";
import { reprFloat, parseFloat as parseFloatText } from "../core/floatfmt";
import { qv, isUserInstance, lookupType, callMethod0 } from "../core/runtime";
import { intHash, intFromFloat } from "./objint";

function zeroDiv(msg: string): never {
  raise(tv(T.ZeroDivisionError), msg);
}

// a number (int, bool, float) as a double; NaN-free sentinel: returns null for other types
export function toDouble(v: number): number | null {
  if (v & 1) return v >> 1;
  if (v === C.True) return 1;
  if (v === C.False) return 0;
  if (isFloat(v)) return floatVal(v);
  if (isBig(v)) return intToFloat(v);
  return null;
}

function fmod(x: number, y: number): number {
  const r = x % y;
  if (r === 0) return y < 0 ? -0 : 0;
  return r < 0 !== y < 0 ? r + y : r;
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
      if (y === 0) zeroDiv("float division by zero");
      return newFloat(x / y);
    case BinOp.FLOORDIV:
      if (y === 0) zeroDiv("float divmod()");
      return newFloat(Math.floor(x / y) === x / y ? x / y : (x - fmod(x, y)) / y);
    case BinOp.MOD:
      if (y === 0) zeroDiv("float modulo");
      return newFloat(fmod(x, y));
    case BinOp.POW:
      if (x === 0 && y < 0) zeroDiv("0.0 cannot be raised to a negative power");
      if (x < 0 && y !== Math.floor(y)) return complexPowHook(x, y);
      if (x === 1 || y === 0) return newFloat(1);
      return newFloat(Math.pow(x, y));
  }
  return 0;
}

export let complexPowHook: (x: number, y: number) => number = function (): number {
  return valueError("math domain error");
};
export function setComplexPowHook(f: (x: number, y: number) => number): void {
  complexPowHook = f;
}

function floatBinopSlot(op: number, a: number, b: number): number {
  let reflected = false;
  if (op >= BinOp.N) {
    op -= BinOp.N;
    reflected = true;
  }
  const x = toDouble(a),
    y = toDouble(b);
  if (x === null || y === null) return 0;
  return reflected ? floatBinop(op, y, x) : floatBinop(op, x, y);
}

export function floatCompare(op: number, x: number, y: number): number {
  switch (op) {
    case CmpOp.LT:
      return bool(x < y);
    case CmpOp.LE:
      return bool(x <= y);
    case CmpOp.GT:
      return bool(x > y);
    case CmpOp.GE:
      return bool(x >= y);
    case CmpOp.EQ:
      return bool(x === y);
    case CmpOp.NE:
      return bool(x !== y);
  }
  return 0;
}

export function floatHash(x: number): number {
  if (x === Math.floor(x) && x > -1e15 && x < 1e15) {
    return x >= -0x40000000 && x <= 0x3fffffff ? x : intHash(intFromFloat(x));
  }
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  // mix the bits of the double
  const h = (x * 1000003) % 0x3fffffff;
  return Math.floor(h) | 0;
}

export function parseFloatStr(s: string): number {
  const t = s.replace(/^\s+|\s+$/g, "");
  const clean = /^[+-]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?([eE][+-]?\d(_?\d)*)?$/.test(t) ? t.replace(/_/g, "") : t;
  const v = parseFloatText(clean);
  if (v === null) valueError("could not convert string to float: " + "'" + s + "'");
  return v;
}

function floatMake(a: number, n: number): number {
  if (n === 0) return newFloat(0);
  const x = i32[a];
  if (isFloat(x)) return x;
  if (isStr(x)) return newFloat(parseFloatStr(toJs(x)));
  const d = toDouble(x);
  if (d !== null) return newFloat(d);
  if (isUserInstance(x)) {
    const m = lookupType(typeOf(x), qv(Q.__float__));
    if (m !== 0) return callMethod0(m, x);
  }
  typeError("can't convert " + "object" + " to float");
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

const isInteger = defNative(Q.is_integer, 1, 1, function (a) {
  const x = floatVal(i32[a]);
  return bool(x === Math.floor(x) && x !== Infinity && x !== -Infinity);
});

const asIntegerRatio = defNative(Q.as_integer_ratio, 1, 1, function (a) {
  let x = floatVal(i32[a]);
  if (x !== x) valueError("cannot convert NaN to integer ratio");
  if (x === Infinity || x === -Infinity) raise(tv(T.OverflowError), "cannot convert Infinity to integer ratio");
  let den = mpz.fromNumber(1);
  let e = 0;
  while (x !== Math.floor(x)) {
    x *= 2;
    e++;
  }
  const num = mpz.fromNumber(x);
  den = mpz.shl(den, e);
  // reduce by common powers of two
  let nn = num,
    dd = den;
  while (e > 0 && nn.d.length > 0 && (nn.d[0] & 1) === 0) {
    nn = mpz.shr(nn, 1);
    dd = mpz.shr(dd, 1);
    e--;
  }
  const t = newTuple(2);
  i32[(t >> 2) + 2] = fromMpz(nn);
  i32[(t >> 2) + 3] = fromMpz(dd);
  return t;
});

export function initFloat(): void {
  defType(T.float, Q.float, TV.object, {
    make: floatMake,
    repr: function (v) {
      return reprFloat(floatVal(v));
    },
    binop: floatBinopSlot,
    unop: floatUnop,
    cmp: function (op, a, b) {
      const y = toDouble(b);
      if (y === null) return 0;
      return floatCompare(op, floatVal(a), y);
    },
    eq: function (a, b) {
      const y = toDouble(b);
      if (y === null) return 0;
      return bool(floatVal(a) === y);
    },
    hash: function (v) {
      return floatHash(floatVal(v));
    },
    truth: function (v) {
      return floatVal(v) !== 0;
    },
    locals: romMap([qv(Q.is_integer), isInteger, qv(Q.as_integer_ratio), asIntegerRatio]),
  });
}

void toMpz;
void mkInt;
