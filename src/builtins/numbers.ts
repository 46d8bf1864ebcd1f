// The number builtins that need more than one type: round(x, n), pow(x, y, m).

import { C } from "../core/types";
import { typeOf, typeName, typeError, valueError, newFloat, floatVal, isFloat, mkInt } from "../core/obj";
import { isUserInstance, lookupType, callMethod0, callMethod1, qv, nativeSelf } from "../core/runtime";
import { Q } from "../core/qstrdefs";
import { toMpz, fromMpz, intToJs, overflow, isInf } from "../core/int";
import * as mpz from "../core/mpz";
import { setRoundHook, setPowModHook } from "./modbuiltins";
import { asInt, isIntLike, intFromFloat } from "./objint";
import { floatRatio } from "./objfloat";
import { asIndex } from "./objrange";

function ten(n: number): mpz.Mpz {
  return mpz.pow(mpz.fromNumber(10), n);
}

// num / den rounded to an integer, half to even (den > 0)
function roundDiv(num: mpz.Mpz, den: mpz.Mpz): mpz.Mpz {
  const qr = mpz.divmod(num, den);
  const c = mpz.cmp(mpz.shl(qr[1], 1), den);
  return c > 0 || (c === 0 && (qr[0].d.length ? qr[0].d[0] & 1 : 0)) ? mpz.add(qr[0], mpz.fromNumber(1)) : qr[0];
}

// round(x) of a double, half to even
function roundHalfEven(x: number): number {
  const f = mpz.floor(x);
  const d = x - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

// round(x, n) of a double: the exact value rounded half to even at 10^-n, then to the nearest double
function roundFloat(x: number, n: number): number {
  if (x - x !== 0 || x === 0 || n > 323) return x;
  if (n < -308) return 0 * x;
  const r = floatRatio(x);
  const pw = ten(n < 0 ? -n : n);
  const den = mpz.shl(mpz.fromNumber(1), r[1]);
  let y: number;
  if (n >= 0) y = mpz.trueDiv(roundDiv(mpz.mul(r[0], pw), den), pw);
  else y = mpz.toNumber(mpz.mul(roundDiv(r[0], mpz.mul(den, pw)), pw));
  if (isInf(y)) overflow("rounded value too large to represent");
  return y === 0 && x < 0 ? -0 : y;
}

function round(x: number, nd: number): number {
  x = nativeSelf(x);
  const hasNd = nd !== C.None;
  const n = hasNd ? intToJsClamped(asIndex(nd)) : 0;
  if (isFloat(x)) {
    const v = floatVal(x);
    if (!hasNd) return intFromFloat(roundHalfEven(v));
    return newFloat(roundFloat(v, n));
  }
  if (isIntLike(x)) {
    x = asInt(x);
    if (n >= 0) return x;
    const m = toMpz(x);
    // |x| < 2^b <= 10^-n / 2 rounds to 0, without making 10^-n (-n may be ~2^30)
    if (-n > mpz.bitLength(m) * 0.302 + 1) return mkInt(0);
    const pw = ten(-n);
    return fromMpz(mpz.mul(roundDiv(m, pw), pw));
  }
  if (isUserInstance(x)) {
    const m = lookupType(typeOf(x), qv(Q.__round__));
    if (m !== 0) return hasNd ? callMethod1(m, x, nd) : callMethod0(m, x);
  }
  typeError("can't convert " + typeName(typeOf(x)) + " to float");
}

function intToJsClamped(v: number): number {
  if (v & 1) return v >> 1;
  const m = toMpz(v);
  return m.d.length > 2 ? (m.neg ? -0x40000000 : 0x3fffffff) : intToJs(v);
}

// the inverse of a modulo m (m > 0), or null
function modInverse(a: mpz.Mpz, m: mpz.Mpz): mpz.Mpz | null {
  let r0 = m,
    r1 = mpz.divmod(a, m)[1],
    t0 = mpz.fromNumber(0),
    t1 = mpz.fromNumber(1);
  while (!mpz.isZero(r1)) {
    const qr = mpz.divmod(r0, r1);
    const t = mpz.sub(t0, mpz.mul(qr[0], t1));
    r0 = r1;
    r1 = qr[1];
    t0 = t1;
    t1 = t;
  }
  if (mpz.cmp(r0, mpz.fromNumber(1)) !== 0) return null;
  return mpz.divmod(t0, m)[1];
}

function powMod(x: number, y: number, m: number): number {
  x = nativeSelf(x);
  y = nativeSelf(y);
  m = nativeSelf(m);
  if (!isIntLike(x) || !isIntLike(y) || !isIntLike(m)) typeError("pow() with 3 arguments requires integers");
  let a = toMpz(asInt(x));
  let e = toMpz(asInt(y));
  const md = toMpz(asInt(m));
  if (mpz.isZero(md)) valueError("divide by zero");
  if (e.neg) {
    const inv = modInverse(a, mpz.abs(md));
    if (inv === null) valueError("base is not invertible for the given modulus");
    a = inv;
    e = mpz.neg(e);
  }
  return fromMpz(mpz.powmod(a, e, md));
}

export function initNumbers(): void {
  setRoundHook(round);
  setPowModHook(powMod);
}
