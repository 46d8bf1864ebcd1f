// math: CPython's math module on IEEE doubles, written from ES5 Math only (Espruino and Duktape
// lack the ES2015 functions). Errors are CPython's: ValueError('math domain error') for a NaN
// result from non-NaN input, OverflowError('math range error') for an overflow. Integer functions
// (factorial, gcd, comb, isqrt...) work on big ints through mpz.

import { i32, pushRoot, popRoots, rsp, setRsp } from "../gc/heap";
import { C, T, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, typeOf, raise, newFloat, mkInt, bool, newTuple, valueError } from "../core/obj";
import { qv, isUserInstance, lookupType, callMethod0, getIter, iterNext, binaryOp } from "../core/runtime";
import { BinOp } from "../core/bytecode";
import { isBig, toMpz, fromMpz, intSign, overflow, isInf } from "../core/int";
import * as mpz from "../core/mpz";
import { dictSet } from "../core/map";
import { defNativeModule, moduleDict } from "./modules";
import { intFromFloat, isIntLike, asInt } from "./objint";
import { asIndex } from "./objrange";
import { toFloat, kwArg } from "./modutil";

const PI = Math.PI,
  LN2 = Math.LN2,
  INF = Infinity;

// finite: inf - inf and nan - nan are nan
function fin(x: number): boolean {
  return x - x === 0;
}

// ---- exact helpers ----

const FB = new Float64Array(1);
const FW = new Int32Array(FB.buffer);
FB[0] = 1;
const HI = FW[1] === 0x3ff00000 ? 1 : 0; // the word holding sign and exponent

// [m, e] with x = m * 2^e, 0.5 <= |m| < 1 (x finite and nonzero)
export function frexp(x: number): number[] {
  let m = x < 0 ? -x : x,
    e = 0;
  while (m >= 1073741824) {
    m /= 1073741824;
    e += 30;
  }
  while (m < 9.313225746154785e-10) {
    m *= 1073741824;
    e -= 30;
  }
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  return [x < 0 ? -m : m, e];
}

// x * 2^e with one rounding (subnormal results included)
export function ldexp(x: number, e: number): number {
  if (x === 0 || !fin(x)) return x;
  const f = frexp(x);
  const E = f[1] + e;
  // a normal result is exact through mpz.ldexp; a subnormal one rounds once, in the last product
  if (E > 1024) return x * INF;
  if (E < -1080) return x * 0;
  return E >= -1021 ? mpz.ldexp(f[0], E) : mpz.ldexp(f[0], -1021) * mpz.ldexp(1, E + 1021);
}

// C's fmod for finite x and nonzero finite y, exact, without the host's % (Espruino computes % on
// large doubles through 32-bit integers): subtracts y * 2^k, the largest such multiple that fits
export function fmod(x: number, y: number): number {
  const ay = y < 0 ? -y : y;
  let r = x < 0 ? -x : x;
  if (r < ay) return x;
  const ey = frexp(ay)[1];
  while (r >= ay) {
    let k = frexp(r)[1] - ey;
    let t = ldexp(ay, k);
    if (t > r) t = ldexp(ay, --k);
    r -= t;
  }
  return x < 0 ? -r : r;
}

// ---- hypot and dist: CPython's vector_norm (lossless scaling and squaring); abs() of a complex
// number uses it too ----

// One function (its helper made per call): each function that exists at boot costs RAM on Espruino.
export function norm(vals: number[]): number {
  // x * y exactly, as the sum of two doubles (Dekker's product of the halves of x and y)
  function dlMul(x: number, y: number): number[] {
    const tx = x * 134217729,
      ty = y * 134217729;
    const xh = tx - (tx - x),
      yh = ty - (ty - y);
    const xl = x - xh,
      yl = y - yh;
    const p = xh * yh;
    const q = xh * yl + xl * yh;
    const z = p + q;
    return [z, p - z + q + xl * yl];
  }
  const n = vals.length;
  let max = 0,
    nan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(vals[i]);
    vals[i] = x;
    if (x !== x) nan = true;
    else if (x > max) max = x;
  }
  if (max === INF) return max;
  if (nan) return NaN;
  if (max === 0 || n <= 1) return max;
  let post = 1;
  if (frexp(max)[1] < -1023) {
    // subnormal: scaled up by 2**1022 first, the result down again
    for (let i = 0; i < n; i++) vals[i] /= 2.2250738585072014e-308;
    max /= 2.2250738585072014e-308;
    post = 2.2250738585072014e-308;
  }
  const scale = ldexp(1, -frexp(max)[1]);
  let csum = 1,
    f1 = 0,
    f2 = 0;
  for (let i = 0; i < n; i++) {
    const x = vals[i] * scale;
    const pr = dlMul(x, x);
    const hi = csum + pr[0];
    f2 += csum - hi + pr[0];
    csum = hi;
    f1 += pr[1];
  }
  let h = Math.sqrt(csum - 1 + (f1 + f2));
  const pr = dlMul(-h, h);
  const hi = csum + pr[0];
  f2 += csum - hi + pr[0];
  csum = hi;
  f1 += pr[1];
  const x = csum - 1 + (f1 + f2);
  h += x / (2 * h);
  return post * (h / scale);
}

// The module's functions, made at its first import (defNativeModule).
function mathNatives(): number[] {
  const exp = Math.exp,
    log = Math.log,
    abs = Math.abs,
    sqrt = Math.sqrt,
    floor = mpz.floor;
  function domain(): never {
    valueError("math domain error");
  }
  function range(): never {
    overflow("math range error");
  }
  // the sign bit of x (true for -0.0 and negative NaNs)
  function signBit(x: number): boolean {
    FB[0] = x;
    return FW[HI] < 0;
  }

  // ---- functions ES5 lacks ----

  function expm1(x: number): number {
    const u = exp(x);
    if (u === 1 || x !== x) return x;
    if (u === INF) return INF;
    const um1 = u - 1;
    if (um1 === -1) return -1;
    return (um1 * x) / log(u);
  }
  function log1p(x: number): number {
    const u = 1 + x;
    if (u === 1 || x !== x || x === INF) return x;
    return log(u) * (x / (u - 1));
  }
  // the odd functions (flag ODD in the tables below) are computed on |x|, the sign put back after
  function sinh(ax: number): number {
    if (ax < 1) {
      const t = expm1(ax);
      return (t + t / (t + 1)) / 2;
    }
    if (ax < 22) {
      const t = exp(ax);
      return (t - 1 / t) / 2;
    }
    return cosh(ax);
  }
  function cosh(x: number): number {
    const ax = x < 0 ? -x : x;
    if (ax < 22) {
      const t = exp(ax);
      return (t + 1 / t) / 2;
    }
    const t = exp(ax / 2);
    return (t / 2) * t;
  }
  function tanh(ax: number): number {
    if (ax > 22) return 1;
    const t = expm1(2 * ax);
    return t / (t + 2);
  }
  function asinh(ax: number): number {
    if (ax > 1e8) return log(ax) + LN2;
    if (ax > 2) return log(2 * ax + 1 / (sqrt(ax * ax + 1) + ax));
    const t = ax * ax;
    return log1p(ax + t / (1 + sqrt(1 + t)));
  }
  function acosh(x: number): number {
    if (x < 1) return NaN;
    if (x > 1e8) return x === INF ? x : log(x) + LN2;
    if (x > 2) return log(2 * x - 1 / (x + sqrt(x * x - 1)));
    const t = x - 1;
    return log1p(t + sqrt(2 * t + t * t));
  }
  function atanh(ax: number): number {
    const t = ax + ax;
    return 0.5 * log1p(ax < 0.5 ? t + (t * ax) / (1 - ax) : t / (1 - ax));
  }
  // log (k 0), log2 (k 1) or fdlibm's log10 (k 2: n * log10(2) in two parts plus log10 of the
  // mantissa) of a finite x > 0
  function lg(x: number, k: number): number {
    if (!k) return log(x);
    const f = frexp(x),
      m = f[0],
      e = f[1];
    const y = e > 0 ? e - 1 : e,
      l = log(e > 0 ? 2 * m : m);
    if (k < 2) return m === 0.5 ? e - 1 : l / LN2 + y;
    return y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * l + y * 3.01029995663611771306e-1;
  }
  function cbrt(x: number): number {
    if (x === 0 || !fin(x)) return x;
    const ax = x < 0 ? -x : x;
    let r = Math.pow(ax, 1 / 3);
    r = r - (r * r * r - ax) / (3 * r * r);
    return x < 0 ? -r : r;
  }
  function trunc(x: number): number {
    return x < 0 ? Math.ceil(x) : floor(x);
  }

  // ---- gamma and error functions, as CPython's mathmodule.c computes them ----

  const LANCZOS_G = 6.024680040776729583740234375;
  const LANCZOS_GMH = 5.524680040776729583740234375;
  const LNUM = [
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
  ];
  const LDEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

  function lanczosSum(x: number): number {
    let num = 0,
      den = 0;
    if (x < 5) {
      for (let i = 12; i >= 0; i--) {
        num = num * x + LNUM[i];
        den = den * x + LDEN[i];
      }
    } else {
      for (let i = 0; i < 13; i++) {
        num = num / x + LNUM[i];
        den = den / x + LDEN[i];
      }
    }
    return num / den;
  }

  function sinpi(x: number): number {
    const y = fmod(abs(x), 2);
    const n = Math.round(2 * y);
    const r = n === 0 ? Math.sin(PI * y) : n === 1 ? Math.cos(PI * (y - 0.5)) : n === 2 ? Math.sin(PI * (1 - y)) : n === 3 ? -Math.cos(PI * (y - 1.5)) : Math.sin(PI * (y - 2));
    return x < 0 ? -r : r;
  }

  function gamma(x: number): number {
    if (!fin(x)) {
      if (x !== x || x > 0) return x;
      domain();
    }
    if (x === 0) domain();
    if (x === floor(x)) {
      if (x < 0) domain();
      if (x <= 23) {
        let r = 1;
        for (let k = 2; k < x; k++) r *= k;
        return r;
      }
    }
    const ax = abs(x);
    if (ax < 1e-20) {
      const r = 1 / x;
      if (!fin(r)) range();
      return r;
    }
    if (ax > 200) {
      if (x < 0) return 0 / sinpi(x);
      range();
    }
    const y = ax + LANCZOS_GMH;
    let z = ax > LANCZOS_GMH ? y - ax - LANCZOS_GMH : y - LANCZOS_GMH - ax;
    z = (z * LANCZOS_G) / y;
    let r: number;
    if (x < 0) {
      r = ((-PI / sinpi(ax) / ax) * exp(y)) / lanczosSum(ax);
      r -= z * r;
      if (ax < 140) r /= Math.pow(y, ax - 0.5);
      else {
        const s = Math.pow(y, ax / 2 - 0.25);
        r /= s;
        r /= s;
      }
    } else {
      r = lanczosSum(ax) / exp(y);
      r += z * r;
      if (ax < 140) r *= Math.pow(y, ax - 0.5);
      else {
        const s = Math.pow(y, ax / 2 - 0.25);
        r *= s;
        r *= s;
      }
    }
    if (!fin(r)) range();
    return r;
  }

  function lgamma(x: number): number {
    if (!fin(x)) return x !== x ? x : INF;
    if (x === floor(x) && x <= 2) {
      if (x <= 0) domain();
      return 0;
    }
    const ax = abs(x);
    if (ax < 1e-20) return -log(ax);
    let r = log(lanczosSum(ax)) - LANCZOS_G;
    r += (ax - 0.5) * (log(ax + LANCZOS_G - 0.5) - 1);
    if (x < 0) r = 1.144729885849400174143427351353058711647 - log(abs(sinpi(ax))) - log(ax) - r;
    if (!fin(r)) range();
    return r;
  }

  const SQRTPI = 1.772453850905516027298167483341145182798;
  function erfSeries(x: number): number {
    const x2 = x * x;
    let acc = 0,
      fk = 25.5;
    for (let i = 0; i < 25; i++) {
      acc = 2 + (x2 * acc) / fk;
      fk -= 1;
    }
    return (acc * x * exp(-x2)) / SQRTPI;
  }
  function erfcContfrac(x: number): number {
    if (x >= 30) return 0;
    const x2 = x * x;
    let a = 0,
      da = 0.5,
      p = 1,
      pl = 0,
      q = da + x2,
      ql = 1;
    for (let i = 0; i < 50; i++) {
      a += da;
      da += 2;
      const b = da + x2;
      let t = p;
      p = b * p - a * pl;
      pl = t;
      t = q;
      q = b * q - a * ql;
      ql = t;
    }
    return ((p / q) * x * exp(-x2)) / SQRTPI;
  }
  function erf(x: number): number {
    if (x !== x) return x;
    if (abs(x) < 1.5) return erfSeries(x);
    const cf = erfcContfrac(abs(x));
    return x > 0 ? 1 - cf : cf - 1;
  }
  function erfc(x: number): number {
    if (x !== x) return x;
    if (abs(x) < 1.5) return 1 - erfSeries(x);
    const cf = erfcContfrac(abs(x));
    return x > 0 ? cf : 2 - cf;
  }

  // ---- one-argument functions: (name, function, flags) ----
  // flags: 1 an infinite result of a finite x is an OverflowError (else a domain error), 2 an odd
  // function computed on |x| with the sign put back, 4 a predicate (a bool, no errors)

  function math1(f: (x: number) => any, fl: number) {
    return function (a: number): number {
      const x = toFloat(i32[a]);
      if (fl & 4) return bool(f(x));
      let r = f(fl & 2 && x < 0 ? -x : x);
      if (fl & 2) r = x < 0 ? -r : x === 0 || x !== x ? x : r;
      if (r !== r && x === x) domain();
      if (!fin(r) && r === r && fin(x)) {
        if (fl & 1) range();
        domain();
      }
      return newFloat(r);
    };
  }
  function addOne(t: number[], one: any[]): void {
    for (let k = 0; k < one.length; k += 3) t.push(defNative(one[k], 1, 1, math1(one[k + 1], one[k + 2])));
  }

  // log (k 0), log2 (1), log10 (2) of ints beyond the float range too, as CPython: f(m) + f(2) * e
  // for m * 2^e
  function logOf(v: number, k: number): number {
    if (isBig(v) && intSign(v) > 0) {
      const m = toMpz(v);
      if (mpz.toNumber(m) === INF) {
        const bits = mpz.bitLength(m);
        return lg(ldexp(mpz.toNumber(mpz.shr(m, bits - 64)), -64), k) + lg(2, k) * bits;
      }
    }
    const x = toFloat(v);
    if (x !== x) return x;
    if (!(x > 0)) domain();
    return x === INF ? x : lg(x, k);
  }
  function logNative(q: number, k: number): number {
    return defNative(q, 1, k ? 1 : 2, function (a, n) {
      const num = logOf(i32[a], k);
      if (n < 2) return newFloat(num);
      const den = logOf(i32[a + 1], 0);
      if (den === 0) raise(tv(T.ZeroDivisionError), "float division by zero");
      return newFloat(num / den);
    });
  }

  // floor, ceil, trunc: ints unchanged, floats to int, others through __floor__ and the like
  function rounder(q: number, dunder: number, f: (x: number) => number) {
    return defNative(q, 1, 1, function (a) {
      const v = i32[a];
      if (isIntLike(v)) return asInt(v);
      if (isUserInstance(v)) {
        const m = lookupType(typeOf(v), qv(dunder));
        if (m !== 0) return callMethod0(m, v);
      }
      return intFromFloat(f(toFloat(v)));
    });
  }

  // a 2-tuple of floats (of a float and an int when yInt)
  function pair(x: number, y: number, yInt: boolean): number {
    const t = newTuple(2);
    pushRoot(t);
    i32[(t >> 2) + 2] = newFloat(x);
    i32[(t >> 2) + 3] = yInt ? mkInt(y) : newFloat(y);
    popRoots(1);
    return t;
  }

  const t = [
    logNative(Q.log, 0),
    logNative(Q.log2, 1),
    logNative(Q.log10, 2),
    rounder(Q.floor, Q.__floor__, floor),
    rounder(Q.ceil, Q.__ceil__, Math.ceil),
    rounder(Q.trunc, Q.__trunc__, trunc),
    defNative(Q.pow, 2, 2, function (a) {
      const x = toFloat(i32[a]),
        y = toFloat(i32[a + 1]);
      let r: number;
      if (!fin(x) || !fin(y)) {
        if (x !== x) r = y === 0 ? 1 : x;
        else if (y !== y) r = x === 1 ? 1 : y;
        else if (!fin(x)) {
          const odd = fin(y) && fmod(abs(y), 2) === 1;
          r = y > 0 ? (odd ? x : abs(x)) : y === 0 ? 1 : odd && x < 0 ? -0 : 0;
        } else r = abs(x) === 1 ? 1 : (y > 0 && abs(x) > 1) || (y < 0 && abs(x) < 1) ? INF : 0;
      } else {
        r = x === 1 || y === 0 ? 1 : Math.pow(x, y);
        if (r !== r) domain();
        if (!fin(r)) {
          if (x === 0) domain();
          range();
        }
      }
      return newFloat(r);
    }),
    defNative(Q.atan2, 2, 2, function (a) {
      return newFloat(Math.atan2(toFloat(i32[a]), toFloat(i32[a + 1])));
    }),
    defNative(Q.fmod, 2, 2, function (a) {
      const x = toFloat(i32[a]),
        y = toFloat(i32[a + 1]);
      if (x !== x || y !== y) return newFloat(NaN);
      if (!fin(x) || y === 0) domain();
      return newFloat(fin(y) ? fmod(x, y) : x);
    }),
    defNative(Q.copysign, 2, 2, function (a) {
      const x = abs(toFloat(i32[a]));
      return newFloat(signBit(toFloat(i32[a + 1])) ? -x : x);
    }),
    defNative(Q.modf, 1, 1, function (a) {
      const x = toFloat(i32[a]);
      if (isInf(x)) return pair(x < 0 ? -0 : 0, x, false);
      const i = trunc(x);
      const f = x - i;
      return pair(f === 0 && signBit(x) ? -0 : f, i, false);
    }),
    defNative(Q.frexp, 1, 1, function (a) {
      const x = toFloat(i32[a]);
      const f = x === 0 || !fin(x) ? [x, 0] : frexp(x);
      return pair(f[0], f[1], true);
    }),
    defNative(Q.ldexp, 2, 2, function (a) {
      const x = toFloat(i32[a]);
      const e = asIndex(i32[a + 1]);
      const r = ldexp(x, e & 1 ? e >> 1 : intSign(e) > 0 ? 100000 : -100000);
      if (!fin(r) && fin(x)) range();
      return newFloat(r);
    }),
  ];
  addOne(t, [
    Q.isnan, function (x: number) { return x !== x; }, 4,
    Q.isinf, isInf, 4,
    Q.isfinite, fin, 4,
  ]);
  t.push(defNative(Q.isclose, 2, 2, function (a, n, kw, nkw) {
    const x = toFloat(i32[a]),
      y = toFloat(i32[a + 1]);
    const rt = kwArg(kw, nkw, Q.rel_tol),
      at = kwArg(kw, nkw, Q.abs_tol);
    const rel = rt === 0 ? 1e-9 : toFloat(rt),
      at2 = at === 0 ? 0 : toFloat(at);
    if (rel < 0 || at2 < 0) valueError("tolerances must be non-negative");
    if (x === y) return C.True;
    if (isInf(x) || isInf(y)) return C.False;
    const d = abs(y - x);
    return bool(d <= abs(rel * y) || d <= abs(rel * x) || d <= at2);
  }));

  t.push(defNative(Q.hypot, 0, 255, function (a, n) {
    const v: number[] = [];
    for (let k = 0; k < n; k++) v.push(toFloat(i32[a + k]));
    return newFloat(norm(v));
  }));

  // ---- integer functions ----

  function intArg(v: number): mpz.Mpz {
    return toMpz(asInt(asIndex(v)));
  }

  function factorialOf(v: number): number {
    const m = intArg(v);
    if (m.neg) valueError("factorial() not defined for negative values");
    if (m.d.length > 2) overflow("factorial() argument should not exceed 2147483647");
    const n = mpz.toSmall(m);
    const d = [1];
    let p = 1;
    for (let k = 2; k <= n; k++) {
      if (p * k >= 16777216) {
        mpz.magMulAddIn(d, p, 0);
        p = 1;
      }
      p *= k;
    }
    mpz.magMulAddIn(d, p, 0);
    return fromMpz({ neg: false, d: mpz.norm(d) });
  }
  t.push(defNative(Q.factorial, 1, 1, function (a) {
    return factorialOf(i32[a]);
  }));

  function gcd2(x: mpz.Mpz, y: mpz.Mpz): mpz.Mpz {
    x = mpz.abs(x);
    y = mpz.abs(y);
    while (!mpz.isZero(y)) {
      if (mpz.bitLength(x) < 31 && mpz.bitLength(y) < 31) {
        let p = mpz.toSmall(x),
          q = mpz.toSmall(y);
        while (q) {
          const t = p % q;
          p = q;
          q = t;
        }
        return mpz.fromNumber(p);
      }
      const t = mpz.divmod(x, y)[1];
      x = y;
      y = t;
    }
    return x;
  }

  const GCD = [Q.gcd, 0, 255, function (a: number, n: number): number {
    let g = mpz.fromNumber(0);
    for (let k = 0; k < n; k++) g = gcd2(g, intArg(i32[a + k]));
    return fromMpz(g);
  }];

  const LCM = [Q.lcm, 0, 255, function (a: number, n: number): number {
    let l = mpz.fromNumber(1);
    for (let k = 0; k < n; k++) {
      const x = mpz.abs(intArg(i32[a + k]));
      if (mpz.isZero(x) || mpz.isZero(l)) l = mpz.fromNumber(0);
      else l = mpz.mul(mpz.divmod(l, gcd2(l, x))[0], x);
    }
    return fromMpz(l);
  }];

  const ISQRT = [Q.isqrt, 1, 1, function (a: number): number {
    const m = intArg(i32[a]);
    if (m.neg) valueError("isqrt() argument must be nonnegative");
    if (mpz.isZero(m)) return 1;
    let x = mpz.shl(mpz.fromNumber(1), (mpz.bitLength(m) + 1) >> 1);
    for (;;) {
      const y = mpz.shr(mpz.add(x, mpz.divmod(m, x)[0]), 1);
      if (mpz.cmp(y, x) >= 0) return fromMpz(x);
      x = y;
    }
  }];

  // n! / (n-k)! (and divided by k! for comb)
  function combPerm(a: number, n: number, comb: boolean): number {
    const nn = intArg(i32[a]);
    if (!comb && (n < 2 || i32[a + 1] === C.None)) {
      if (nn.neg) valueError("n must be a non-negative integer");
      return factorialOf(i32[a]);
    }
    const kk = intArg(i32[a + 1]);
    if (nn.neg) valueError("n must be a non-negative integer");
    if (kk.neg) valueError("k must be a non-negative integer");
    if (mpz.cmp(kk, nn) > 0) return 1;
    let k = mpz.toSmall(kk.d.length > 2 ? mpz.fromNumber(0x7fffffff) : kk);
    if (comb) {
      const rest = mpz.sub(nn, kk);
      if (mpz.cmp(rest, kk) < 0) k = mpz.toSmall(rest);
    }
    let r = mpz.fromNumber(1);
    for (let i = 1; i <= k; i++) {
      r = mpz.mul(r, mpz.sub(nn, mpz.fromNumber(k - i)));
      if (comb) r = mpz.divmod(r, mpz.fromNumber(i))[0];
    }
    return fromMpz(r);
  }
  const COMB = [Q.comb, 2, 2, function (a: number, n: number): number {
    return combPerm(a, n, true);
  }];
  const PERM = [Q.perm, 1, 2, function (a: number, n: number): number {
    return combPerm(a, n, false);
  }];

  const PROD = [Q.prod, 1, 1, function (a: number, n: number, kw: number, nkw: number): number {
    const base = rsp;
    const it = getIter(i32[a]);
    pushRoot(it);
    const st = kwArg(kw, nkw, Q.start);
    pushRoot(st === 0 ? 3 : st);
    for (;;) {
      const x = iterNext(it);
      if (x === 0) break;
      i32[base + 1] = binaryOp(BinOp.MUL, i32[base + 1], x, false);
    }
    const r = i32[base + 1];
    setRsp(base);
    return r;
  }];

  // fsum: Shewchuk's exact partial sums, as CPython's math_fsum
  const FSUM = [Q.fsum, 1, 1, function (a: number): number {
    const it = getIter(i32[a]);
    pushRoot(it);
    const p: number[] = [];
    let special = 0,
      infSum = 0;
    for (;;) {
      const item = iterNext(it);
      if (item === 0) break;
      let x = toFloat(item);
      const xsave = x;
      let i = 0;
      for (let j = 0; j < p.length; j++) {
        let y = p[j];
        if (abs(x) < abs(y)) {
          const t = x;
          x = y;
          y = t;
        }
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) p[i++] = lo;
        x = hi;
      }
      p.length = i;
      if (x !== 0) {
        if (!fin(x)) {
          if (fin(xsave)) overflow("intermediate overflow in fsum");
          if (xsave === INF || xsave === -INF) infSum += xsave;
          special += xsave;
          p.length = 0;
        } else p.push(x);
      }
    }
    popRoots(1);
    if (special !== 0) {
      if (infSum !== infSum) valueError("-inf + inf in fsum");
      return newFloat(special);
    }
    let hi = 0,
      lo = 0,
      n = p.length;
    if (n > 0) {
      hi = p[--n];
      while (n > 0) {
        const x = hi,
          y = p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo !== 0) break;
      }
      if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
        const y = lo * 2,
          x = hi + y;
        if (y === x - hi) hi = x;
      }
    }
    return newFloat(hi);
  }];

  function floats(v: number): number[] {
    const r: number[] = [];
    const it = getIter(v);
    pushRoot(it);
    for (;;) {
      const x = iterNext(it);
      if (x === 0) break;
      r.push(toFloat(x));
    }
    popRoots(1);
    return r;
  }

  const DIST = [Q.dist, 2, 2, function (a: number): number {
    const p = floats(i32[a]),
      q = floats(i32[a + 1]);
    if (p.length !== q.length) valueError("both points must have the same number of dimensions");
    for (let k = 0; k < p.length; k++) p[k] -= q[k];
    return newFloat(norm(p));
  }];

  const REMAINDER = [Q.remainder, 2, 2, function (a: number): number {
    const x = toFloat(i32[a]),
      y = toFloat(i32[a + 1]);
    let r: number;
    if (fin(x) && fin(y)) {
      if (y === 0) domain();
      const ax = abs(x),
        ay = abs(y);
      const m = fmod(ax, ay),
        c = ay - m;
      r = m < c ? m : m > c ? -c : m - 2 * fmod(0.5 * (ax - m), ay);
      r = signBit(x) ? -r : r;
    } else if (x !== x || y !== y) r = NaN;
    else if (!fin(x)) domain();
    else r = x;
    return newFloat(r);
  }];

  function nextafter(x: number, y: number): number {
    if (x !== x || y !== y) return NaN;
    if (x === y) return y;
    if (x === 0) return y > 0 ? 5e-324 : -5e-324;
    FB[0] = x;
    const lo = 1 - HI;
    // step the 64-bit pattern by one, up in magnitude when moving away from zero
    const up = y > x === x > 0;
    if (up) {
      if (FW[lo] === -1) {
        FW[lo] = 0;
        FW[HI]++;
      } else FW[lo]++;
    } else {
      if (FW[lo] === 0) {
        FW[lo] = -1;
        FW[HI]--;
      } else FW[lo]--;
    }
    return FB[0];
  }

  const NEXTAFTER = [Q.nextafter, 2, 2, function (a: number): number {
    return newFloat(nextafter(toFloat(i32[a]), toFloat(i32[a + 1])));
  }];
  const ULP = [Q.ulp, 1, 1, function (a: number): number {
    let x = abs(toFloat(i32[a]));
    if (x !== x || x === INF) return newFloat(x);
    const x2 = nextafter(x, INF);
    if (x2 === INF) {
      x = nextafter(x, -INF);
      return newFloat(x2 === INF ? abs(toFloat(i32[a])) - x : x2 - x);
    }
    return newFloat(x2 - x);
  }];

  addOne(t, [
    Q.sqrt, sqrt, 0,
    Q.exp, exp, 1,
    Q.expm1, expm1, 1,
    Q.log1p, log1p, 0,
    Q.sin, Math.sin, 0,
    Q.cos, Math.cos, 0,
    Q.tan, Math.tan, 0,
    Q.asin, Math.asin, 0,
    Q.acos, Math.acos, 0,
    Q.atan, Math.atan, 0,
    Q.sinh, sinh, 3,
    Q.cosh, cosh, 1,
    Q.tanh, tanh, 2,
    Q.asinh, asinh, 2,
    Q.acosh, acosh, 0,
    Q.atanh, atanh, 2,
    Q.fabs, abs, 0,
    Q.degrees, function (x: number) { return x * (180 / PI); }, 1,
    Q.radians, function (x: number) { return x * (PI / 180); }, 0,
  ]);
  if (MPJS_FULL) {
    // the full profile's (MicroPython has erf, erfc, gamma and lgamma on its larger ports only)
    addOne(t, [
      Q.erf, erf, 0,
      Q.erfc, erfc, 0,
      Q.gamma, gamma, 1,
      Q.lgamma, lgamma, 1,
      Q.cbrt, cbrt, 0,
      Q.exp2, function (x: number) { return Math.pow(2, x); }, 1,
    ]);
    const more: any[] = [GCD, LCM, ISQRT, COMB, PERM, PROD, FSUM, DIST, REMAINDER, NEXTAFTER, ULP];
    for (let k = 0; k < more.length; k++) {
      const d = more[k];
      t.push(defNative(d[0], d[1], d[2], d[3]));
    }
  }
  return t;
}

export function initMath(): void {
  defNativeModule(Q.math, mathNatives, function (m) {
    const c = [Q.pi, PI, Q.e, Math.E, Q.tau, 2 * PI, Q.inf, INF, Q.nan, NaN];
    for (let k = 0; k < 10; k += 2) dictSet(moduleDict(m), qv(c[k]), newFloat(c[k + 1]));
  });
}
