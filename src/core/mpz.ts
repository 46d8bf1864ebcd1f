// Arbitrary-precision integers with Python int semantics.
// A value is { neg, d }: d holds little-endian digits of 16 bits, normalized
// (no high zero digit; zero is d = [], neg = false). Digits of 16 bits keep
// every product and carry exact in doubles. Values are treated as immutable:
// no function here changes its arguments, and results may share digit arrays
// with them. Written in the ES5 dialect of shared/ENGINES.md: no big literals,
// no Math.pow, no labels, functions declared before use.

export interface Mpz {
  neg: boolean;
  d: number[];
}

var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
var P30 = 1073741824; // 2^30
var LIM = 65536 * 524288; // 2^35: largest chunk multiplier for the small-number loops

// Remainder of the last magDivSmall.
var rem = 0;

// Math.floor, shared by the number files (one short name in the bundle).
export var floor = Math.floor;

export function norm(d: number[]): number[] {
  while (d.length && d[d.length - 1] === 0) d.pop();
  return d;
}

function mk(neg: boolean, d: number[]): Mpz {
  norm(d);
  return { neg: neg && d.length > 0, d: d };
}

// Number of bits of a nonnegative x < 2^32.
function bitsOf(x: number): number {
  var n = 0;
  for (; x; n++) x >>>= 1;
  return n;
}

// x * 2^e, exact whenever the result is representable (overflow gives Infinity).
export function ldexp(x: number, e: number): number {
  while (e >= 30) { x *= P30; e -= 30; }
  while (e <= -30) { x /= P30; e += 30; }
  return e >= 0 ? x * (1 << e) : x / (1 << -e);
}

// ---- magnitudes (digit arrays) ----

export function magCmp(a: number[], b: number[]): number {
  var i = a.length;
  if (i !== b.length) return i > b.length ? 1 : -1;
  while (i--) {
    if (a[i] !== b[i]) return a[i] > b[i] ? 1 : -1;
  }
  return 0;
}

export function magAdd(a: number[], b: number[]): number[] {
  var r: number[] = [], c = 0, i = 0, t: number, n: number, m: number;
  if (a.length < b.length) { var x = a; a = b; b = x; }
  n = b.length; m = a.length;
  for (; i < n; i++) { t = a[i] + b[i] + c; r.push(t & 65535); c = t >> 16; }
  for (; i < m; i++) { t = a[i] + c; r.push(t & 65535); c = t >> 16; }
  if (c) r.push(c);
  return r;
}

// a -= b in place, for a >= b.
export function magSubIn(a: number[], b: number[]): void {
  var c = 0, i = 0, t: number, n = b.length;
  for (; i < n || c; i++) { t = a[i] - (i < n ? b[i] : 0) - c; a[i] = t & 65535; c = t < 0 ? 1 : 0; }
  norm(a);
}

// a - b for a >= b.
export function magSub(a: number[], b: number[]): number[] {
  var r = a.slice();
  magSubIn(r, b);
  return r;
}

// a = a * m + c in place, m and c below 2^35 (c any integer when a is empty).
export function magMulAddIn(a: number[], m: number, c: number): void {
  var i = 0, t: number, n = a.length;
  for (; i < n; i++) { t = a[i] * m + c; c = floor(t / 65536); a[i] = t - c * 65536; }
  while (c) { t = floor(c / 65536); a.push(c - t * 65536); c = t; }
}

export function magMul(a: number[], b: number[]): number[] {
  var an = a.length, bn = b.length, r: number[] = [], i: number, j: number, k: number, c: number, t: number, x: number;
  if (!an || !bn) return r;
  for (i = an + bn; i > 0; i--) r.push(0);
  for (i = 0; i < an; i++) {
    x = a[i];
    if (!x) continue;
    c = 0; k = i;
    for (j = 0; j < bn; j++, k++) {
      t = x * b[j] + r[k] + c;
      c = (t / 65536) | 0;
      r[k] = t - c * 65536;
    }
    r[k] = c;
  }
  return norm(r);
}

export function magShl(d: number[], s: number): number[] {
  var w = s >> 4, b = s & 15, r: number[] = [], i: number, c = 0, t: number, n = d.length;
  if (!n) return r;
  for (i = 0; i < w; i++) r.push(0);
  for (i = 0; i < n; i++) { t = d[i] << b; r.push((t | c) & 65535); c = t >> 16; }
  if (c) r.push(c);
  return r;
}

export function magShr(d: number[], s: number): number[] {
  var w = s >> 4, b = s & 15, n = d.length, r: number[] = [], i: number;
  for (i = w; i < n; i++) r.push(((d[i] >> b) | ((i + 1 < n ? d[i + 1] : 0) << (16 - b))) & 65535);
  return norm(r);
}

// Whether any of the lowest s bits of d is set.
function lowBits(d: number[], s: number): boolean {
  var w = s >> 4, i: number;
  for (i = 0; i < w && i < d.length; i++) if (d[i]) return true;
  return w < d.length && (d[w] & ((1 << (s & 15)) - 1)) !== 0;
}

function bit(d: number[], i: number): number {
  var w = i >> 4;
  return w < d.length ? (d[w] >> (i & 15)) & 1 : 0;
}

function magBits(d: number[]): number {
  var n = d.length;
  return n ? (n - 1) * 16 + bitsOf(d[n - 1]) : 0;
}

// Exact value of a magnitude below 2^53.
function odd(x: number): boolean {
  return x / 2 !== floor(x / 2);
}

function magNum(d: number[]): number {
  var x = 0, i = d.length;
  while (i--) x = x * 65536 + d[i];
  return x;
}

// Quotient of a by a small m (m <= 2^35); the remainder goes to rem.
export function magDivSmall(a: number[], m: number): number[] {
  var q = a.slice(), r = 0, i = a.length, t: number, x: number;
  while (i--) { t = r * 65536 + a[i]; x = floor(t / m); q[i] = x; r = t - x * m; }
  rem = r;
  return norm(q);
}

export function lastRem(): number {
  return rem;
}

// [quotient, remainder] of magnitudes, b nonzero (Knuth's algorithm D).
export function magDivmod(a: number[], b: number[]): number[][] {
  var s: number, u: number[], v: number[], n: number, m: number, j: number, i: number, qh: number, rh: number,
    c: number, br: number, t: number, p: number, vt: number, vt2: number, q: number[] = [];
  if (magCmp(a, b) < 0) return [q, a];
  if (b.length === 1) { q = magDivSmall(a, b[0]); return [q, rem ? [rem] : []]; }
  s = 16 - bitsOf(b[b.length - 1]);
  u = magShl(a, s); v = magShl(b, s);
  if (u.length === a.length) u.push(0);
  n = v.length; m = u.length - n; vt = v[n - 1]; vt2 = v[n - 2];
  for (i = 0; i < m; i++) q.push(0);
  for (j = m - 1; j >= 0; j--) {
    t = u[j + n] * 65536 + u[j + n - 1];
    qh = floor(t / vt); rh = t - qh * vt;
    while (qh >= 65536 || qh * vt2 > rh * 65536 + u[j + n - 2]) {
      qh--; rh += vt;
      if (rh >= 65536) break;
    }
    c = 0; br = 0;
    for (i = 0; i < n; i++) {
      p = qh * v[i] + c; c = (p / 65536) | 0;
      t = u[i + j] - (p - c * 65536) - br;
      if (t < 0) { u[i + j] = t + 65536; br = 1; } else { u[i + j] = t; br = 0; }
    }
    t = u[j + n] - c - br;
    if (t < 0) {
      qh--; c = 0;
      for (i = 0; i < n; i++) { t = u[i + j] + v[i] + c; u[i + j] = t & 65535; c = t >> 16; }
      u[j + n] = 0;
    } else u[j + n] = t;
    q[j] = qh;
  }
  return [norm(q), magShr(norm(u.slice(0, n)), s)];
}

// Round d / 2^k to an integer, half to even (sticky: the true value is a bit above d).
// The result must stay below 2^53.
function roundShr(d: number[], k: number, sticky: boolean): number {
  var x = magNum(magShr(d, k));
  if (bit(d, k - 1) && (sticky || lowBits(d, k - 1) || odd(x))) x += 1;
  return x;
}

// ---- signed API ----

export function fromNumber(n: number): Mpz {
  var neg = n < 0, d: number[] = [];
  magMulAddIn(d, 1, floor(neg ? -n : n));
  return mk(neg, d);
}

// The nearest double (ties to even); +-Infinity when out of range.
export function toNumber(a: Mpz): number {
  var d = a.d, n = d.length, x: number, L: number;
  if (n < 4 || (n === 4 && d[3] < 32)) x = magNum(d);
  else {
    L = magBits(d);
    if (L > 1024) x = Infinity;
    else x = ldexp(roundShr(d, L - 53, false), L - 53);
  }
  return a.neg ? -x : x;
}

export function isZero(a: Mpz): boolean {
  return !a.d.length;
}

// Whether a fits a 31-bit signed small int: -2^30 <= a < 2^30.
export function isSmall(a: Mpz): boolean {
  var d = a.d;
  return d.length < 2 || (d.length === 2 && (d[1] < 16384 || (a.neg && d[1] === 16384 && !d[0])));
}

// The exact JS number of a value below 2^53 in magnitude (all small ints).
export function toSmall(a: Mpz): number {
  var x = magNum(a.d);
  return a.neg ? -x : x;
}

export function cmp(a: Mpz, b: Mpz): number {
  if (a.neg !== b.neg) return a.neg ? -1 : 1;
  var c = magCmp(a.d, b.d);
  return a.neg ? 0 - c : c;
}

export function neg(a: Mpz): Mpz {
  return { neg: !a.neg && a.d.length > 0, d: a.d };
}

export function abs(a: Mpz): Mpz {
  return { neg: false, d: a.d };
}

export function add(a: Mpz, b: Mpz): Mpz {
  if (a.neg === b.neg) return mk(a.neg, magAdd(a.d, b.d));
  var c = magCmp(a.d, b.d);
  return c >= 0 ? mk(a.neg, magSub(a.d, b.d)) : mk(b.neg, magSub(b.d, a.d));
}

export function sub(a: Mpz, b: Mpz): Mpz {
  return add(a, neg(b));
}

export function mul(a: Mpz, b: Mpz): Mpz {
  return mk(a.neg !== b.neg, magMul(a.d, b.d));
}

// [a // b, a % b] with Python floor semantics; b must be nonzero.
export function divmod(a: Mpz, b: Mpz): Mpz[] {
  var qr = magDivmod(a.d, b.d), q = qr[0], r = qr[1], sg = a.neg !== b.neg;
  if (sg && r.length) { q = magAdd(q, [1]); r = magSub(b.d, r); }
  return [mk(sg, q), mk(b.neg, r)];
}

// a ** n for an integer n >= 0.
export function pow(a: Mpz, n: number): Mpz {
  var r = [1], b = a.d, sg = a.neg && odd(n);
  for (;;) {
    if (odd(n)) r = magMul(r, b);
    n = floor(n / 2);
    if (!n) break;
    b = magMul(b, b);
  }
  return mk(sg, r);
}

// pow(a, n, m) for n >= 0 and m nonzero: the result has the sign of m.
export function powmod(a: Mpz, n: Mpz, m: Mpz): Mpz {
  var md = m.d, base = divmod(a, abs(m))[1].d, r = magDivmod([1], md)[1], nd = n.d, i = magBits(nd);
  while (i--) {
    r = magDivmod(magMul(r, r), md)[1];
    if (bit(nd, i)) r = magDivmod(magMul(r, base), md)[1];
  }
  return m.neg && r.length ? mk(true, magSub(md, r)) : mk(false, r);
}

// Low n digits of the infinite two's complement form of a.
function twos(a: Mpz, n: number): number[] {
  var d = a.d, r: number[] = [], i: number, c = 1, t: number;
  for (i = 0; i < n; i++) {
    t = i < d.length ? d[i] : 0;
    if (a.neg) { t = (t ^ 65535) + c; c = t >> 16; t &= 65535; }
    r.push(t);
  }
  return r;
}

// op: 0 and, 1 or, 2 xor: on the two's complement forms with one more digit, which holds the sign.
export function bitop(a: Mpz, b: Mpz, op: number): Mpz {
  var n = Math.max(a.d.length, b.d.length) + 1, x = twos(a, n), y = twos(b, n), i: number, r: number[] = [], c: number, t: number;
  for (i = 0; i < n; i++) {
    c = x[i]; t = y[i];
    r.push(op === 0 ? c & t : op === 1 ? c | t : c ^ t);
  }
  return r[n - 1] ? mk(true, twos({ neg: true, d: r }, n)) : mk(false, r);
}

export function and(a: Mpz, b: Mpz): Mpz {
  return bitop(a, b, 0);
}

export function or(a: Mpz, b: Mpz): Mpz {
  return bitop(a, b, 1);
}

export function xor(a: Mpz, b: Mpz): Mpz {
  return bitop(a, b, 2);
}

// ~a == -a - 1
export function not(a: Mpz): Mpz {
  return a.neg ? mk(false, magSub(a.d, [1])) : mk(true, magAdd(a.d, [1]));
}

// a << n, n >= 0.
export function shl(a: Mpz, n: number): Mpz {
  return mk(a.neg, magShl(a.d, n));
}

// a >> n, n >= 0, flooring.
export function shr(a: Mpz, n: number): Mpz {
  // every bit shifted out (n may be past 2**31, where magShr's word count would go negative)
  if (n >= magBits(a.d)) return mk(a.neg, a.neg ? [1] : []);
  var r = magShr(a.d, n);
  if (a.neg && lowBits(a.d, n)) r = magAdd(r, [1]);
  return mk(a.neg, r);
}

// Bits of |a| (Python's int.bit_length()).
export function bitLength(a: Mpz): number {
  return magBits(a.d);
}

export function fromBytes(bytes: ArrayLike<number>, bigEndian: boolean, signed: boolean): Mpz {
  var n = bytes.length, d: number[] = [], j: number, lo: number, hi: number;
  for (j = 0; j < n; j += 2) {
    lo = bytes[bigEndian ? n - 1 - j : j];
    hi = j + 1 < n ? bytes[bigEndian ? n - 2 - j : j + 1] : 0;
    d.push(lo | (hi << 8));
  }
  if (signed && n && bytes[bigEndian ? 0 : n - 1] & 128) {
    if (n & 1) d[d.length - 1] |= 65280;
    return mk(true, twos({ neg: true, d: d }, d.length));
  }
  return mk(false, d);
}

// The bytes of a in length bytes, or null when it does not fit (OverflowError).
export function toBytes(a: Mpz, length: number, bigEndian: boolean, signed: boolean): number[] | null {
  var bits: number, tw: number[], r: number[] = [], j: number, v: number;
  if (a.neg) {
    if (!signed) return null;
    bits = magBits(magSub(a.d, [1]));
    if (bits || length) bits++; // CPython: (-1).to_bytes(0, signed=True) == b''
  } else bits = a.d.length ? magBits(a.d) + (signed ? 1 : 0) : 0;
  if (bits > length * 8) return null;
  tw = twos(a, (length + 1) >> 1);
  for (j = 0; j < length; j++) {
    v = tw[j >> 1];
    r.push(j & 1 ? v >> 8 : v & 255);
  }
  return bigEndian ? r.reverse() : r;
}

// Digits only (no sign, no underscores), base 2..36; null on an invalid digit or no digit.
export function fromString(s: string, base: number): Mpz | null {
  var n = s.length, d: number[] = [], i: number, c: number, m = base, k = 1, acc = 0, cnt = 0, mm = 1;
  if (!n) return null;
  while (m * base <= LIM) { m *= base; k++; }
  for (i = 0; i < n; i++) {
    c = s.charCodeAt(i);
    c = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99;
    if (c >= base) return null;
    acc = acc * base + c;
    if (++cnt === k) { magMulAddIn(d, m, acc); acc = 0; cnt = 0; }
  }
  if (cnt) {
    while (cnt--) mm *= base;
    magMulAddIn(d, mm, acc);
  }
  return mk(false, d);
}

// A number below 2^48 in base b, left-padded with zeros to w digits.
function smallStr(v: number, b: number, w: number): string {
  var s = '', q: number;
  do {
    q = floor(v / b);
    s = DIGITS.charAt(v - q * b) + s;
    v = q;
    w--;
  } while (v > 0 || w > 0);
  return s;
}

// |a| in base 2..36, lowercase, with a '-' when negative.
export function toString(a: Mpz, base: number): string {
  var q = a.d, m = base, k = 1, parts: string[] = [], s: string;
  if (q.length < 4) s = smallStr(magNum(q), base, 0);
  else {
    while (m * base <= LIM) { m *= base; k++; }
    while (q.length) {
      q = magDivSmall(q, m);
      parts.push(smallStr(rem, base, q.length ? k : 0));
    }
    s = parts.reverse().join('');
  }
  return a.neg ? '-' + s : s;
}

// The correctly rounded double of a / b (b nonzero), +-Infinity past range.
export function trueDiv(a: Mpz, b: Mpz): number {
  var ad = a.d, bd = b.d, x: number, diff: number, s: number, num = ad, den = bd, qr: number[][], e: number, u: number;
  if (ad.length < 4 && bd.length < 4) x = magNum(ad) / magNum(bd);
  else if (!ad.length) x = 0;
  else {
    diff = magBits(ad) - magBits(bd);
    if (diff > 1025) x = Infinity;
    else if (diff < -1077) x = 0;
    else {
      // 2 extra bits below the last bit of the result, at least.
      s = Math.max(diff - 53, -1074) - 2;
      if (s < 0) num = magShl(ad, -s); else den = magShl(bd, s);
      qr = magDivmod(num, den);
      e = magBits(qr[0]) + s;
      u = Math.max(e - 53, -1074);
      x = ldexp(roundShr(qr[0], u - s, qr[1].length > 0), u);
    }
  }
  return a.neg !== b.neg ? -x : x;
}
