// int and bool: arithmetic on small ints with overflow into big ints (mpz), mixed with float.

import { i32, u8, checkHostLen } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, romMap, typeOf, typeName, raise, typeError, valueError, newFloat, isFloat, floatVal, bool, isStr, toJs, mkInt, TYPES, newBytes } from "../core/obj";
import { BinOp, CmpOp, UnOp } from "../core/bytecode";
import { isBig, toMpz, fromMpz, intToFloat, intToString, intToJs, overflow, isInf, checkedFloat, bigAddSub, bigMulSmall } from "../core/int";
import * as mpz from "../core/mpz";
import { floatBinop, floatPow, intFloatOrder, orderOp, intPair, numSelf, toDouble } from "./objfloat";
import { qv, isUserInstance, lookupType, callMethod0, truthy, nativeSelf } from "../core/runtime";
import { named, kwArg } from "./modutil";
import { newClassMethodValue } from "./objtype";
import { bytesAddr, bbLen, bytesTxt } from "./objbytes";
import { asIndex } from "./objrange";

export function zeroDiv(): never {
  raise(tv(T.ZeroDivisionError), "divide by zero");
}

// an int or bool as a tagged/big int value (bools become 0/1)
export function asInt(v: number): number {
  if (v === C.True) return 3;
  if (v === C.False) return 1;
  return v;
}

export function isIntLike(v: number): boolean {
  return (v & 1) === 1 || v === C.True || v === C.False || isBig(v);
}

function bigBinop(op: number, a: number, b: number): number {
  // (with the full profile: the engines' default bundles keep to the general path, which is smaller)
  if (MPJS_FULL && op < BinOp.MUL && !((a | b) & 1)) return bigAddSub(a, b, op === BinOp.SUB);
  if (MPJS_FULL && op === BinOp.MUL && (a & 1) !== (b & 1)) return a & 1 ? bigMulSmall(b, a >> 1) : bigMulSmall(a, b >> 1);
  const x = toMpz(a),
    y = toMpz(b);
  if (op >= BinOp.AND) return fromMpz(mpz.bitop(x, y, op - BinOp.AND));
  if (op < BinOp.TRUEDIV) return fromMpz((op === BinOp.ADD ? mpz.add : op === BinOp.SUB ? mpz.sub : mpz.mul)(x, y));
  if (op < BinOp.POW) {
    if (mpz.isZero(y)) zeroDiv();
    if (op === BinOp.TRUEDIV) return newFloat(checkedFloat(mpz.trueDiv(x, y)));
    return fromMpz(mpz.divmod(x, y)[op - BinOp.FLOORDIV]);
  }
  if (op === BinOp.POW) {
    if (y.neg) return floatPow(intToFloat(a), intToFloat(b));
    // 0, 1 and -1 to any power, without making it (1 ** 2**30 was a MemoryError)
    if (x.d.length < 2 && !(x.d[0] > 1)) return mkInt(!y.d.length ? 1 : x.neg ? 1 - 2 * (y.d[0] & 1) : x.d.length);
  } else if (y.neg) valueError("negative shift count");
  if (y.d.length > 2) {
    // a count beyond any memory: only 0 (and -1 shifted right) have an answer
    if (op === BinOp.RSHIFT) return x.neg ? mkInt(-1) : 1;
    if (mpz.isZero(x)) return fromMpz(x);
    overflow("result too large");
  }
  const n = mpz.toSmall(y);
  if (op === BinOp.RSHIFT) return fromMpz(mpz.shr(x, n));
  if (op === BinOp.POW ? mpz.bitLength(x) * n > 4000000 : mpz.bitLength(x) + n > 4000000) raise(tv(T.MemoryError));
  return fromMpz(op === BinOp.POW ? mpz.pow(x, n) : mpz.shl(x, n));
}

export function intBinop(op: number, a: number, b: number): number {
  if (op >= BinOp.N) {
    op -= BinOp.N;
    const t = a;
    a = b;
    b = t;
  }
  if (!isIntLike(b) || !isIntLike(a)) {
    // int op float; anything else (int * sequence...) is the other operand's to answer
    return isFloat(b) || isFloat(a) ? floatBinop(op, toDouble(a) as number, toDouble(b) as number) : 0;
  }
  a = asInt(a);
  b = asInt(b);
  if (a & b & 1) {
    const x = a >> 1,
      y = b >> 1;
    let r: number;
    switch (op) {
      case BinOp.ADD:
        return mkInt(x + y);
      case BinOp.SUB:
        return mkInt(x - y);
      case BinOp.MUL:
        r = x * y;
        if (r >= -9007199254740991 && r <= 9007199254740991) return mkInt(r);
        break;
      case BinOp.FLOORDIV:
        if (y === 0) zeroDiv();
        return mkInt(Math.floor(x / y));
      case BinOp.MOD:
        if (y === 0) zeroDiv();
        r = x % y;
        return mkInt(r !== 0 && r < 0 !== y < 0 ? r + y : r);
      case BinOp.TRUEDIV:
        if (y === 0) zeroDiv();
        return newFloat(x / y);
      case BinOp.POW:
        if (y < 0) return floatPow(x, y);
        break;
      case BinOp.LSHIFT:
        if (y < 0) valueError("negative shift count");
        if (y < 31) {
          r = x * (1 << y);
          if (r >= -9007199254740991 && r <= 9007199254740991 && (y < 30 || x === 0)) return mkInt(r);
        }
        break;
      case BinOp.RSHIFT:
        if (y < 0) valueError("negative shift count");
        return mkInt(x >> (y > 31 ? 31 : y));
      case BinOp.AND:
        return ((x & y) << 1) | 1;
      case BinOp.OR:
        return ((x | y) << 1) | 1;
      case BinOp.XOR:
        return ((x ^ y) << 1) | 1;
      case BinOp.MATMUL:
        return 0;
    }
  }
  if (op === BinOp.MATMUL) return 0;
  return bigBinop(op, a, b);
}

function intUnop(op: number, a: number): number {
  a = asInt(a);
  switch (op) {
    case UnOp.NEG:
      if (a & 1) return mkInt(-(a >> 1));
      return fromMpz(mpz.neg(toMpz(a)));
    case UnOp.POS:
      return a;
    case UnOp.INVERT:
      if (a & 1) return ((~(a >> 1)) << 1) | 1;
      return fromMpz(mpz.not(toMpz(a)));
  }
  return 0;
}

export function intCompare(op: number, a: number, b: number): number {
  a = asInt(a);
  if (isFloat(b)) return orderOp(op, intFloatOrder(a, floatVal(b)));
  if (!isIntLike(b)) return 0;
  b = asInt(b);
  return orderOp(op, a & b & 1 ? (a < b ? -1 : a > b ? 1 : 0) : mpz.cmp(toMpz(a), toMpz(b)));
}

function intEq(a: number, b: number): number {
  return intCompare(CmpOp.EQ, a, b);
}

export function intHash(a: number): number {
  a = asInt(a);
  if (a & 1) return a >> 1;
  // hash of a big int: its value modulo 2^30 - 1, as an integral float would hash
  const m = toMpz(a);
  let h = 0;
  for (let k = m.d.length - 1; k >= 0; k--) h = (h * 65536 + m.d[k]) % 0x3fffffff;
  return m.neg ? -h : h;
}

// int(x), int(s, base)
function intMake(a: number, n: number, kw: number, nkw: number): number {
  let x = n > 0 ? nativeSelf(i32[a]) : 1;
  let base = 10;
  if (n > 1) base = intToJs(asIndex(i32[a + 1]));
  const kb = kwArg(kw, nkw, Q.base);
  if (kb) base = intToJs(asIndex(kb));
  const hasBase = n > 1 || kb !== 0;
  let t = typeOf(x);
  if (isStr(x) || t === TV.bytes || t === TV.bytearray) return parseIntText(isStr(x) ? toJs(x) : (bytesTxt(x) as string), base);
  if (hasBase) typeError("can't convert non-string with explicit base");
  if (isIntLike(x)) return asInt(x);
  if (isFloat(x)) return intFromFloat(floatVal(x));
  if (isUserInstance(x)) {
    const m = lookupType(t, qv(Q.__int__)) || lookupType(t, qv(Q.__index__)) || lookupType(t, qv(Q.__trunc__));
    // (what it returns must be an int: else the TypeError below, of its type)
    if (m !== 0 && isIntLike((x = callMethod0(m, x)))) return asInt(x);
    t = typeOf(x);
  }
  typeError("can't convert " + typeName(t) + " to int");
}

export function intFromFloat(x: number): number {
  if (x !== x) valueError("can't convert NaN to int");
  if (isInf(x)) overflow("can't convert inf to int");
  const t = x < 0 ? Math.ceil(x) : mpz.floor(x);
  if (t >= -0x40000000 && t <= 0x3fffffff) return (t << 1) | 1;
  return fromMpz(mpz.fromNumber(t));
}

export function parseIntText(s: string, base: number): number {
  const orig = s;
  s = s.replace(/^\s+|\s+$/g, "");
  const c = s.charAt(0);
  const neg = c === "-";
  if (neg || c === "+") s = s.substring(1);
  // the base a 0x, 0o or 0b prefix says
  const p = s.substring(0, 2).toLowerCase();
  const pb = p === "0x" ? 16 : p === "0o" ? 8 : p === "0b" ? 2 : 0;
  if (base === 0) {
    base = pb || 10;
    if (!pb && /^0+[1-9]/.test(s)) bad(orig, 0);
  }
  if (pb && pb === base) s = s.substring(2).replace(/^_/, "");
  if (base < 2 || base > 36) valueError("int() arg 2 must be >= 2 and <= 36");
  if (s === "" || /^_|_$|__/.test(s)) bad(orig, base);
  s = s.replace(/_/g, "");
  const m = mpz.fromString(s, base);
  if (m === null) bad(orig, base);
  return fromMpz(neg ? mpz.neg(m) : m);
}

function bad(s: string, base: number): never {
  valueError("invalid syntax for integer with base " + base + ": " + reprJs(s));
}

function reprJs(s: string): string {
  return "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
}

function intRepr(v: number): string {
  if (v === C.True) return "True";
  if (v === C.False) return "False";
  return intToString(v, 10);
}

// ---- methods ----

const bitLength = defNative(Q.bit_length, 1, 1, function (a) {
  return mkInt(mpz.bitLength(toMpz(i32[a])));
});

function byteorderArg(a: number, n: number, kw: number, nkw: number, pos: number): boolean {
  const order = kwArg(kw, nkw, Q.byteorder) || (n > pos ? i32[a + pos] : 0);
  if (order === 0) return true;
  const s = toJs(order);
  if (s === "big") return true;
  if (s === "little") return false;
  valueError("byteorder must be either 'little' or 'big'");
}

const toBytes = defNative(Q.to_bytes, 1, 3, function (a, n, kw, nkw) {
  let len = n > 1 ? intToJs(i32[a + 1]) : 1;
  const kl = kwArg(kw, nkw, Q.length);
  if (kl) len = intToJs(kl);
  const big = byteorderArg(a, n, kw, nkw, 2);
  const signed = kwArg(kw, nkw, Q.signed) === C.True;
  const m = toMpz(i32[a]);
  if (m.neg && !signed) overflow("can't convert negative int to unsigned");
  checkHostLen(len);
  const r = mpz.toBytes(m, len, big, signed);
  if (r === null) overflow("int too big to convert");
  return newBytes(TV.bytes, r);
});

const fromBytes = defNative(Q.from_bytes, 2, 3, function (a, n, kw, nkw) {
  const big = byteorderArg(a, n, kw, nkw, 2);
  const signed = kwArg(kw, nkw, Q.signed) === C.True;
  // bytes, bytearray, memoryview (strBuf read a bytearray's buffer pointer as its length)
  const p = bytesAddr(i32[a + 1]);
  if (p < 0) typeError("object with buffer protocol required");
  return fromMpz(mpz.fromBytes(u8.subarray(p, p + bbLen), big, signed));
});

// CPython's int methods that MicroPython does not have: the full profile
function intFull(): number[] {
  return [
    defNative(Q.bit_count, 1, 1, function (a) {
      const d = toMpz(i32[a]).d;
      let c = 0;
      for (let k = 0; k < d.length; k++) for (let x = d[k]; x; x >>= 1) c += x & 1;
      return mkInt(c);
    }),
    defNative(Q.conjugate, 1, 1, numSelf),
    defNative(Q.as_integer_ratio, 1, 1, function (a) {
      return intPair(numSelf(a), mpz.fromNumber(1));
    }),
  ];
}

export function initInt(): void {
  defType(T.int, Q.int, TV.object, {
    make: intMake,
    repr: intRepr,
    binop: intBinop,
    unop: intUnop,
    cmp: intCompare,
    eq: intEq,
    hash: intHash,
    truth: intTruth,
    locals: romMap(named([bitLength, toBytes, newClassMethodValue(fromBytes)].concat(MPJS_FULL ? intFull() : []))),
  });
  defType(T.bool, Q.bool, TV.int, {
    make: function (a, n) {
      return n === 0 ? C.False : bool(truthy(i32[a]));
    },
    repr: intRepr,
    binop: function (op, a, b) {
      // &, |, ^ of two bools is a bool: the int result 0 or 1 as False or True
      const r = intBinop(op, a, b);
      return op >= BinOp.AND && op <= BinOp.XOR && (a === C.True || a === C.False) && (b === C.True || b === C.False) ? bool(r === 3) : r;
    },
    unop: intUnop,
    cmp: intCompare,
    eq: intEq,
    hash: intHash,
    truth: intTruth,
  });
  if (MPJS_FULL) TYPES[T.int].attr = TYPES[T.bool].attr = intAttr;
}

// also bool's: False is 0
function intTruth(v: number): boolean {
  return v !== 1 && v !== C.False;
}


// real, imag, numerator, denominator
function intAttr(v: number, name: number): number {
  if (name === qv(Q.real) || name === qv(Q.numerator)) return asInt(v);
  if (name === qv(Q.imag)) return 1;
  if (name === qv(Q.denominator)) return 3;
  return 0;
}


