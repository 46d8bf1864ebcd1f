// Python float to text and back, computed here and never by the host's number
// formatting: repr (shortest round-trip digits), the %-format and format()
// float types, and float() parsing, all correctly rounded from the exact binary
// value with the big integers of mpz. The layout follows CPython's
// format_float_short; the digits follow dtoa's modes 0 (shortest),
// 2 (n significant digits) and 3 (n digits after the point).

import {
  Mpz, fromString, toNumber, trueDiv, mul, pow,
  magAdd, magCmp, magDivmod, magMul, magMulAddIn, magShl, magSubIn, toString as mpzToString,
} from './mpz';

var F64 = new Float64Array(1);
var W16 = new Uint16Array(F64.buffer);
// 10^0 .. 10^22, all exact (a typed array: one block on Espruino, not a JsVar per element)
var P10 = new Float64Array(23);
// the 16-bit word k of a double, lowest first, is W16[k ^ WORD_ORDER] (3 on a big-endian host)
var WORD_ORDER = 0;
var TWO53 = 65536 * 65536 * 2097152;

// Digits and decimal point of the last conversion: value = 0.DS * 10^DP.
var DS = '';
var DP = 0;
// Binary exponent of the last decomp.
var BE = 0;

// The 53-bit significand f of x > 0 (finite) as digits; x = f * 2^BE.
function decomp(x: number): number[] {
  F64[0] = x;
  var w = W16[3 ^ WORD_ORDER], ex = (w >> 4) & 2047, d = [W16[WORD_ORDER], W16[1 ^ WORD_ORDER], W16[2 ^ WORD_ORDER], w & 15];
  if (ex) { d[3] |= 16; BE = ex - 1075; } else BE = -1074;
  while (d.length && !d[d.length - 1]) d.pop();
  return d;
}

function zeros(n: number): string {
  var s = '';
  while (n-- > 0) s += '0';
  return s;
}

// the index after the decimal digits of s from i
export function digitsAt(s: string, i: number): number {
  var c: number;
  while ((c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
  return i;
}

// Decimal digits of an integer 0 <= n < 2^53.
function intStr(n: number): string {
  var hi = Math.floor(n / 100000000), lo = n - hi * 100000000, s = String(lo);
  return hi ? String(hi) + zeros(8 - s.length) + s : s;
}

function stripZeros(s: string): string {
  var n = s.length;
  while (n > 0 && s.charAt(n - 1) === '0') n--;
  return s.slice(0, n);
}

function pow10(n: number): Mpz {
  return pow({ neg: false, d: [10] }, n);
}

function mul10(a: number[]): number[] {
  var r = a.slice();
  magMulAddIn(r, 10, 0);
  return r;
}

// round-half-even(f * 2^e * 10^q) as a decimal string.
function scaledRound(f: number[], e: number, q: number): string {
  var num = f, den = [1], p: number[], qr: number[][], c: number;
  e += q;
  if (q) {
    p = pow({ neg: false, d: [5] }, q < 0 ? -q : q).d;
    if (q > 0) num = magMul(num, p); else den = p;
  }
  if (e > 0) num = magShl(num, e); else if (e < 0) den = magShl(den, -e);
  qr = magDivmod(num, den);
  c = magCmp(magShl(qr[1], 1), den);
  if (c > 0 || (c === 0 && qr[0].length && qr[0][0] & 1)) qr[0] = magAdd(qr[0], [1]);
  return mpzToString({ neg: false, d: qr[0] }, 10);
}

// dtoa mode 2: p >= 1 significant digits of x > 0.
function sigDigits(x: number, p: number): void {
  var f = decomp(x), e = BE, X = Math.floor(Math.log(x) / Math.LN10), s = '', i: number;
  for (i = 0; i < 8; i++) {
    s = scaledRound(f, e, p - 1 - X);
    if (s.length > p) X++;
    else if (s.length < p) X--;
    else break;
  }
  // 10^(p-1) may be x of the decade below rounded up: then the decade below is right if it fits.
  DS = stripZeros(s);
  if (DS === '1') {
    s = scaledRound(f, e, p - X);
    if (s.length === p) { X--; DS = stripZeros(s); }
  }
  DP = X + 1;
}

// dtoa mode 3: x > 0 rounded to p >= 0 digits after the point.
function fixDigits(x: number, p: number): void {
  var s = scaledRound(decomp(x), BE, p);
  if (s === '0') { DS = ''; DP = -p; } else { DP = s.length - p; DS = stripZeros(s); }
}

// dtoa mode 0: the shortest digits that read back as x > 0, nearest to x.
function shortest(x: number): void {
  var k: number, t: number, s: string, f: number[], e: number, even: boolean, r: number[], sc: number[],
    mp: number[], mm: number[], pw: number[], c: number, c2: number, d: number, tc1: boolean, tc2: boolean, out = '';
  if (x < TWO53 && Math.floor(x) === x) {
    s = intStr(x); DS = stripZeros(s); DP = s.length; return;
  }
  // Fast path: a decimal of at most 15 digits that reads back as x is the only one (DBL_DIG).
  if (x >= 1e-8 && x < 1e15) {
    k = 14 - Math.floor(Math.log(x) / Math.LN10);
    if (k >= 0 && k <= 22) {
      t = Math.floor(x * P10[k] + 0.5);
      if (t < P10[15] && t / P10[k] === x) {
        s = intStr(t); DS = stripZeros(s); DP = s.length - k; return;
      }
    }
  }
  // Steele & White / Burger & Dybvig with exact integers: r/sc is x, mp and mm the half gaps.
  f = decomp(x); e = BE; even = (f[0] & 1) === 0;
  c = f.length === 4 && f[3] === 16 && !f[2] && !f[1] && !f[0] && e > -1074 ? 1 : 0; // lower gap is half
  if (e >= 0) {
    r = magShl(f, e + 1 + c); sc = [2 << c]; mp = magShl([1], e + c); mm = magShl([1], e);
  } else {
    r = magShl(f, 1 + c); sc = magShl([1], 1 + c - e); mp = [1 << c]; mm = [1];
  }
  k = Math.ceil(Math.log(x) / Math.LN10 - 1e-10);
  if (k > 0) sc = magMul(sc, pow10(k).d);
  else if (k < 0) { pw = pow10(-k).d; r = magMul(r, pw); mp = magMul(mp, pw); mm = magMul(mm, pw); }
  for (;;) {
    c = magCmp(magAdd(r, mp), sc);
    if (even ? c < 0 : c <= 0) break;
    sc = mul10(sc); k++;
  }
  for (;;) {
    c = magCmp(mul10(magAdd(r, mp)), sc);
    if (even ? c >= 0 : c > 0) break;
    r = mul10(r); mp = mul10(mp); mm = mul10(mm); k--;
  }
  for (;;) {
    magMulAddIn(r, 10, 0); magMulAddIn(mp, 10, 0); magMulAddIn(mm, 10, 0);
    d = 0;
    while (magCmp(r, sc) >= 0) { magSubIn(r, sc); d++; }
    c = magCmp(r, mm);
    tc1 = even ? c <= 0 : c < 0;
    c2 = magCmp(magAdd(r, mp), sc);
    tc2 = even ? c2 >= 0 : c2 > 0;
    if (tc1 || tc2) {
      if (tc2) {
        c = tc1 ? magCmp(magShl(r, 1), sc) : 1;
        if (c > 0 || (c === 0 && d & 1)) d++;
      }
      out += String(d);
      break;
    }
    out += String(d);
  }
  DS = out; DP = k;
}

// CPython's format_float_short layout of DS/DP. code: e f g r; prec as given to dtoa.
function layout(code: string, prec: number, addDot0: boolean, alt: boolean): string {
  var digits = DS, nd = digits.length, decpt = DP, useExp = false, exp = 0, vend = nd, vstart: number, out: string;
  if (code === 'e') { useExp = true; vend = prec; }
  else if (code === 'f') vend = decpt + prec;
  else if (code === 'g') {
    if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec)) useExp = true;
    if (alt) vend = prec;
  } else if (decpt <= -4 || decpt > 16) useExp = true;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  out = decpt <= 0 ? zeros(decpt - vstart) + '.' + zeros(-decpt) : zeros(-vstart);
  if (decpt > 0 && decpt <= nd) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (nd < decpt) out += zeros(decpt - nd) + '.' + zeros(vend - decpt);
  else out += zeros(vend - nd);
  if (out.charAt(out.length - 1) === '.' && !alt) out = out.slice(0, -1);
  if (useExp) {
    nd = exp < 0 ? -exp : exp;
    out += (exp < 0 ? 'e-' : 'e+') + (nd < 10 ? '0' : '') + nd;
  }
  return out;
}

// Python float text for %-formatting and format(): type is one of e E f F g G n %
// or '' (no type: str() style, or 'g'-like with a precision); precision < 0 means
// none given; alt is the '#' flag. The result starts with '-' for negative values
// (-0.0 included) and is never padded.
export function formatFloat(x: number, type: string, precision: number, alt: boolean): string {
  var code = type, up = false, pct = false, addDot0 = false, ng = x < 0 || (x === 0 && 1 / x < 0), s: string;
  if (code === '') { addDot0 = true; code = precision < 0 ? 'r' : 'g'; }
  else if (code === 'n') code = 'g';
  else if (code === 'E' || code === 'F' || code === 'G') { up = true; code = code.toLowerCase(); }
  else if (code === '%') { code = 'f'; x *= 100; pct = true; }
  if (precision < 0) precision = 6;
  if (x !== x) s = 'nan';
  else if (x === Infinity || x === -Infinity) s = 'inf';
  else {
    if (ng) x = -x;
    if (x === 0) { DS = '0'; DP = 1; }
    // a double's exact decimal expansion has at most 767 significant digits and 1074 after the
    // point: past those the digits are zeros, which layout adds without the quadratic arithmetic
    // ('%.1000000f' % 1.5 took minutes)
    if (code === 'e') { precision++; if (x) sigDigits(x, precision < 800 ? precision : 800); }
    else if (code === 'f') { if (x) fixDigits(x, precision < 1100 ? precision : 1100); }
    else if (code === 'g') { if (!precision) precision = 1; if (x) sigDigits(x, precision < 800 ? precision : 800); }
    else if (x) shortest(x);
    s = layout(code, precision, addDot0, alt);
  }
  if (up) s = s.toUpperCase();
  return (ng ? '-' : '') + s + (pct ? '%' : '');
}

// repr(x) and str(x) of a Python float.
export function reprFloat(x: number): string {
  return formatFloat(x, '', -1, false);
}

// Insert sep every n digits from the right of a digit string ('1234567' -> '1,234,567').
export function groupDigits(s: string, sep: string, n: number): string {
  var out = '', i = s.length;
  while (i > n) { out = sep + s.slice(i - n, i) + out; i -= n; }
  return s.slice(0, i) + out;
}

// float(s) after the caller stripped whitespace and underscores: the correctly
// rounded double, or null when s is not a float literal.
export function parseFloat(s: string): number | null {
  var n = s.length, i = 0, ng = false, c = s.charAt(0), t: string, a: number, b: number, ex = 0, eng = false,
    ds: string, nd: number, m: number, x: number;
  if (c === '+' || c === '-') { ng = c === '-'; i = 1; }
  t = s.slice(i).toLowerCase();
  if (t === 'inf' || t === 'infinity') return ng ? -Infinity : Infinity;
  if (t === 'nan') return NaN;
  a = i;
  i = digitsAt(s, i);
  ds = s.slice(a, i);
  b = 0;
  if (s.charAt(i) === '.') {
    a = ++i;
    i = digitsAt(s, i);
    ds += s.slice(a, i); b = i - a;
  }
  if (!ds.length) return null;
  c = s.charAt(i);
  if (c === 'e' || c === 'E') {
    c = s.charAt(++i);
    if (c === '+' || c === '-') { eng = c === '-'; i++; }
    a = i;
    for (; (m = s.charCodeAt(i) - 48) >= 0 && m <= 9; i++) if (ex < 100000000) ex = ex * 10 + m;
    if (i === a) return null;
    if (eng) ex = -ex;
  }
  if (i !== n) return null;
  // value = int(ds) * 10^ex with leading and trailing zeros removed
  ex -= b;
  for (a = 0; a < ds.length && ds.charAt(a) === '0'; a++);
  for (b = ds.length; b > a && ds.charAt(b - 1) === '0'; b--) ex++;
  ds = ds.slice(a, b);
  nd = ds.length;
  if (!nd) x = 0;
  else if (nd <= 15 && ex >= -22 && ex <= 37 - nd) {
    // exact significand and power of ten: one correctly rounded operation
    m = 0;
    for (a = 0; a < nd; a++) m = m * 10 + ds.charCodeAt(a) - 48;
    if (ex > 22) { m *= P10[ex - 22]; ex = 22; }
    x = ex < 0 ? m / P10[-ex] : m * P10[ex];
  } else if (nd + ex > 309) x = Infinity;
  else if (nd + ex < -324) x = 0;
  else {
    x = ex >= 0 ? toNumber(mul(fromString(ds, 10) as Mpz, pow10(ex))) : trueDiv(fromString(ds, 10) as Mpz, pow10(-ex));
  }
  return ng ? -x : x;
}

// ---- load-time setup ----
P10[0] = 1;
for (var k = 1; k < 23; k++) P10[k] = P10[k - 1] * 10;
F64[0] = 1;
if (W16[0] === 16368) WORD_ORDER = 3;
