// Python ints: small ints are tagged words; larger ones are heap objects holding 16-bit digits
// ([type int, sign, ndigits, unused] then the digits), computed with mpz.ts.

import { i32, u8 } from "../gc/heap";
import { TV, BIG_HDR, T, tv, C } from "./types";
import { alloc, heapBytes, onOutOfMemory } from "../gc/heap";
import * as mpz from "./mpz";
import { setIntFromNumber, raise, SMALL_MIN, SMALL_MAX, typeError, typeName, typeOf } from "./obj";

// x is +-inf
export function isInf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

export function isBig(v: number): boolean {
  return (v & 15) === 0 && v !== 0 && i32[v >> 2] === TV.int;
}

export function isIntValue(v: number): boolean {
  return (v & 1) === 1 || isBig(v);
}

// A Python int (small or big) as an mpz.
export function toMpz(v: number): mpz.Mpz {
  if (v & 1) return mpz.fromNumber(v >> 1);
  // anything else read as a big int's digits would be garbage, or a count of billions (a hang)
  if (!isBig(v)) {
    if (v === C.True || v === C.False) return mpz.fromNumber(v === C.True ? 1 : 0);
    typeError("can't convert " + typeName(typeOf(v)) + " to int");
  }
  const w = v >> 2;
  const n = i32[w + 2];
  const d: number[] = [];
  const b = v + BIG_HDR;
  for (let k = 0; k < n; k++) d.push(u8[b + 2 * k] | (u8[b + 2 * k + 1] << 8));
  return { neg: i32[w + 1] === 1, d: d };
}

// An mpz as a Python int: small when it fits.
export function fromMpz(m: mpz.Mpz): number {
  if (mpz.isSmall(m)) return (mpz.toSmall(m) << 1) | 1;
  const n = m.d.length;
  const p = alloc(TV.int, BIG_HDR + 2 * n);
  const w = p >> 2;
  i32[w + 1] = m.neg ? 1 : 0;
  i32[w + 2] = n;
  const b = p + BIG_HDR;
  for (let k = 0; k < n; k++) {
    u8[b + 2 * k] = m.d[k] & 255;
    u8[b + 2 * k + 1] = m.d[k] >> 8;
  }
  return p;
}

// A JS integral number (possibly beyond 2^53 as a double) as a Python int.
export function intFromNumber(n: number): number {
  if (n >= SMALL_MIN && n <= SMALL_MAX) return (n << 1) | 1;
  return fromMpz(mpz.fromNumber(n));
}
setIntFromNumber(intFromNumber);

export function intFromString(s: string, base: number): number {
  let neg = false;
  if (s.charAt(0) === "-") {
    neg = true;
    s = s.substring(1);
  }
  // digits that cannot fit the heap are a MemoryError before the conversion, quadratic in length
  if (s.length * Math.log(base) > heapBytes() * 5.6) onOutOfMemory();
  const m = mpz.fromString(s, base);
  if (m === null) raise(tv(T.ValueError), "invalid syntax for integer with base " + base);
  return fromMpz(neg ? mpz.neg(m) : m);
}

// OverflowError for an int beyond the float range
export function checkedFloat(x: number): number {
  if (isInf(x)) overflow("int too large to convert to float");
  return x;
}

export function overflow(msg: string): never {
  raise(tv(T.OverflowError), msg);
}

// The int as a double (OverflowError past the float range).
export function intToFloat(v: number): number {
  if (v & 1) return v >> 1;
  return checkedFloat(mpz.toNumber(toMpz(v)));
}

export function intSign(v: number): number {
  if (v & 1) return v > 1 ? 1 : v === 1 ? 0 : -1;
  return i32[(v >> 2) + 1] === 1 ? -1 : 1;
}

export function intToString(v: number, base: number): string {
  if (v & 1) {
    const n = v >> 1;
    if (base === 10) return "" + n;
    return n < 0 ? "-" + (-n).toString(base) : n.toString(base);
  }
  return mpz.toString(toMpz(v), base);
}

// Value of an int that must fit a JS safe integer (indices, counts); OverflowError otherwise.
export function intToJs(v: number): number {
  if (v & 1) return v >> 1;
  const m = toMpz(v);
  if (m.d.length > 3) overflow("overflow converting long int to machine word");
  return mpz.toSmall(m);
}
