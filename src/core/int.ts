// Python ints: small ints are tagged words; larger ones are heap objects holding 16-bit digits
// ([type int, sign, ndigits, unused] then the digits), computed with mpz.ts.

import { i32, u8 } from "../gc/heap";
import { TV, BIG_HDR, T, tv, C } from "./types";
import { alloc, heapBytes, onOutOfMemory, pushRoot, popRoots } from "../gc/heap";
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

// ---- on the heap digits: the sums and small products of big-int loops (factorials, Fibonacci
// numbers, accumulators), without copying the operands into mpz arrays and the result back ----

function digit(p: number, k: number): number {
  return u8[p + BIG_HDR + 2 * k] | (u8[p + BIG_HDR + 2 * k + 1] << 8);
}
function setDigit(p: number, k: number, d: number): void {
  u8[p + BIG_HDR + 2 * k] = d & 255;
  u8[p + BIG_HDR + 2 * k + 1] = d >> 8;
}
// p, a new big int of up to n digits, with its sign and its digits from n down to the top
// nonzero one; small when it fits
function bigDone(p: number, n: number, neg: boolean): number {
  while (n && digit(p, n - 1) === 0) n--;
  if (n <= 2) {
    const v = n && digit(p, 0) + digit(p, 1) * 65536;
    return intFromNumber(neg ? -v : v);
  }
  i32[(p >> 2) + 1] = neg ? 1 : 0;
  i32[(p >> 2) + 2] = n;
  return p;
}

// a + b, or a - b (negB), for two big ints
export function bigAddSub(a: number, b: number, negB: boolean): number {
  let na = i32[(a >> 2) + 2],
    nb = i32[(b >> 2) + 2];
  const negA = i32[(a >> 2) + 1] === 1,
    negb = (i32[(b >> 2) + 1] === 1) !== negB;
  // the larger magnitude first
  let c = na - nb;
  for (let k = na; c === 0 && k--; ) c = digit(a, k) - digit(b, k);
  let neg = negA;
  if (c < 0) {
    const t = a;
    a = b;
    b = t;
    na = nb;
    nb = i32[(b >> 2) + 2];
    neg = negb;
  }
  const sign = negA === negb ? 1 : -1;
  pushRoot(a);
  pushRoot(b);
  const p = alloc(TV.int, BIG_HDR + 2 * na + 2);
  popRoots(2);
  c = 0;
  for (let k = 0; k <= na; k++) {
    const t = (k < na ? digit(a, k) : 0) + (k < nb ? sign * digit(b, k) : 0) + c;
    c = t >> 16;
    setDigit(p, k, t & 65535);
  }
  return bigDone(p, na + 1, neg);
}

// a * s, a big int by a JS integer of 31 bits at most
export function bigMulSmall(a: number, s: number): number {
  const na = i32[(a >> 2) + 2],
    m = s < 0 ? -s : s;
  pushRoot(a);
  const p = alloc(TV.int, BIG_HDR + 2 * na + 4);
  popRoots(1);
  let c = 0;
  for (let k = 0; k < na + 2; k++) {
    // below 2^47: exact in a double
    const t = (k < na ? digit(a, k) * m : 0) + c;
    c = mpz.floor(t / 65536);
    setDigit(p, k, t - c * 65536);
  }
  return bigDone(p, na + 2, (i32[(a >> 2) + 1] === 1) !== s < 0);
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
