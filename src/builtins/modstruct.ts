// struct: CPython's formats and byte orders. Native mode ('@', the default) has the sizes and
// alignment of a 32-bit board (l, n, P: 4 bytes). struct.error is a ValueError subclass, so that
// code written for MicroPython (which raises ValueError) and for CPython both catch it.

import { i32, u8, pushRoot, popRoots, checkHostLen } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, newTuple, newBytes, newFloat, mkInt, bool, raise, typeError, isStr, toJs, typeOf, typeName } from "../core/obj";
import { qv, truthy } from "../core/runtime";
import { isBig, toMpz, fromMpz } from "../core/int";
import * as mpz from "../core/mpz";
import { defModule } from "./modules";
import { bytesAddr, bbLen, bytesTxt } from "./objbytes";
import { isIntLike, asInt } from "./objint";
import { asIndex } from "./objrange";
import { toFloat, kwArg, defExcType, floatBytes, bytesFloat } from "./modutil";
import { frexp, ldexp } from "./modmath";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";

let ERR = 0;
function errType(): number {
  if (ERR === 0) ERR = defExcType(Q.error, tv(T.ValueError));
  return ERR;
}
function err(msg: string): never {
  raise(errType(), msg);
}

// ---- formats ----

const CODES = "xcbB?hHiIlLqQnNefdspP";
const STD = [1, 1, 1, 1, 1, 2, 2, 4, 4, 4, 4, 8, 8, 0, 0, 2, 4, 8, 1, 1, 0];
const NAT = [1, 1, 1, 1, 1, 2, 2, 4, 4, 4, 4, 8, 8, 4, 4, 2, 4, 8, 1, 1, 4];
// s and p (CODES indices 18, 19): the codes whose count is a length in bytes, not a repeat
function lengthCode(ci: number): boolean {
  return ci === 18 || ci === 19;
}

interface Fmt {
  big: boolean;
  size: number;
  // (code index, count, offset) triples: s and p are one value of count bytes, other codes are
  // count values side by side; the counts stay compact so that '1000000000x' costs no host memory
  items: number[];
  nargs: number;
}

function parse(fv: number): Fmt {
  let s: string;
  if (isStr(fv)) s = toJs(fv);
  else {
    const t = bytesTxt(fv);
    if (t === null) typeError("Struct() argument 1 must be a str or bytes object, not " + typeName(typeOf(fv)));
    s = t;
  }
  let k = 0,
    big = false,
    nat = true;
  const c0 = s.charAt(0);
  if ("@=<>!".indexOf(c0) >= 0 && c0 !== "") {
    k = 1;
    nat = c0 === "@";
    big = c0 === ">" || c0 === "!";
  }
  const items: number[] = [];
  let size = 0,
    nargs = 0;
  while (k < s.length) {
    let c = s.charAt(k);
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      k++;
      continue;
    }
    let count = 1;
    if (c >= "0" && c <= "9") {
      count = 0;
      while (k < s.length && s.charAt(k) >= "0" && s.charAt(k) <= "9") count = count * 10 + s.charCodeAt(k++) - 48;
      if (k >= s.length) err("repeat count given without format specifier");
      c = s.charAt(k);
    }
    k++;
    const ci = CODES.indexOf(c);
    const isz = ci < 0 ? 0 : (nat ? NAT : STD)[ci];
    if (isz === 0) err("bad char in struct format");
    if (nat && isz > 1) size = Math.ceil(size / isz) * isz;
    if (c !== "x") {
      items.push(ci, count, size);
      nargs += lengthCode(ci) ? 1 : count;
    }
    size += lengthCode(ci) ? count : count * isz;
    if (size > 0x7fffffff) err("total struct size too long");
  }
  return { big: big, size: size, items: items, nargs: nargs };
}

// ---- packing ----

function rangeErr(c: string, sz: number, unsigned: boolean, std: boolean): never {
  if (sz === 8) err("argument out of range");
  const names = "bBhH";
  const nm = ["byte", "ubyte", "short", "ushort"];
  const i = names.indexOf(c);
  const hi = ldexp(1, unsigned ? sz * 8 : sz * 8 - 1) - 1;
  const lo = unsigned ? 0 : -hi - 1;
  err((i >= 0 && (i < 2 || !std) ? nm[i] : "'" + c + "'") + " format requires " + lo + " <= number <= " + hi);
}

function putInt(out: number[], at: number, sz: number, big: boolean, v: number, c: string, std: boolean): void {
  if (!isIntLike(v)) {
    if (typeOf(v) === TV.float || isStr(v) || v === C.None) err("required argument is not an integer");
    v = asIndex(v);
  }
  v = asInt(v);
  const unsigned = c === "B" || c === "H" || c === "I" || c === "L" || c === "Q" || c === "N" || c === "P";
  let bytes: number[] | null;
  if (v & 1 && sz <= 4) {
    const x = v >> 1;
    const lim = sz === 4 ? 4294967296 : 1 << (sz * 8);
    if (unsigned && x < 0 && sz === 4) err("argument out of range");
    if (unsigned ? x < 0 || x >= lim : x < -lim / 2 || x >= lim / 2) rangeErr(c, sz, unsigned, std);
    bytes = [];
    let y = x < 0 ? x + lim : x;
    for (let j = 0; j < sz; j++) {
      bytes.push(y & 255);
      y = Math.floor(y / 256);
    }
  } else {
    bytes = mpz.toBytes(isBig(v) ? toMpz(v) : mpz.fromNumber(v >> 1), sz, false, !unsigned);
    if (bytes === null) rangeErr(c, sz, unsigned, std);
  }
  for (let j = 0; j < sz; j++) out[at + (big ? sz - 1 - j : j)] = bytes[j];
}

function roundEven(v: number): number {
  const r = Math.floor(v);
  const d = v - r;
  return d > 0.5 || (d === 0.5 && r % 2 === 1) ? r + 1 : r;
}

function halfBits(x: number): number {
  const sign = x < 0 || 1 / x < 0 ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a !== a) return 0x7e00 | sign;
  if (a === Infinity) return 0x7c00 | sign;
  if (a === 0) return sign;
  const e = frexp(a)[1] - 1; // a = 1.f * 2^e
  let bits: number;
  if (e < -14) bits = roundEven(a * 16777216); // subnormal: units of 2^-24
  else bits = ((e + 15) << 10) + roundEven((ldexp(a, -e) - 1) * 1024);
  if (bits >= 0x7c00) raise(tv(T.OverflowError), "float too large to pack with e format");
  return bits | sign;
}

function halfValue(h: number): number {
  const e = (h >> 10) & 31,
    f = h & 1023;
  const v = e === 31 ? (f ? NaN : Infinity) : e === 0 ? f / 16777216 : ldexp(1 + f / 1024, e - 15);
  return h & 0x8000 ? -v : v;
}

function putItem(out: number[], f: Fmt, ci: number, count: number, at: number, v: number, std: boolean): void {
  const c = CODES.charAt(ci);
  const sz = (std ? STD : NAT)[ci];
  if (c === "s" || c === "p") {
    const t = bytesTxt(v);
    if (t === null || isStr(v)) err("argument for '" + c + "' must be a bytes object");
    let n = t.length;
    if (c === "p") {
      if (n > count - 1) n = count - 1 < 0 ? 0 : count - 1;
      if (count > 0) out[at] = n > 255 ? 255 : n;
      for (let j = 0; j < n; j++) out[at + 1 + j] = t.charCodeAt(j);
    } else {
      if (n > count) n = count;
      for (let j = 0; j < n; j++) out[at + j] = t.charCodeAt(j);
    }
    return;
  }
  if (c === "c") {
    const t = bytesTxt(v);
    if (t === null || t.length !== 1 || typeOf(v) !== TV.bytes) err("char format requires a bytes object of length 1");
    out[at] = t.charCodeAt(0);
    return;
  }
  if (c === "?") {
    out[at] = truthy(v) ? 1 : 0;
    return;
  }
  if (c === "e" || c === "f" || c === "d") {
    if (!isIntLike(v) && typeOf(v) !== TV.float) {
      if (isStr(v) || v === C.None || bytesAddr(v) >= 0) err("required argument is not a float");
    }
    const x = toFloat(v);
    let b: number[] | Uint8Array;
    if (c === "e") {
      const h = halfBits(x);
      b = [h & 255, h >> 8];
    } else {
      b = floatBytes(x, sz);
      // a finite double beyond the single range rounds to infinity
      if (sz === 4 && x === x && x !== Infinity && x !== -Infinity) {
        const r = bytesFloat(b, 0, 4);
        if (r === Infinity || r === -Infinity) raise(tv(T.OverflowError), "float too large to pack with f format");
      }
    }
    for (let j = 0; j < sz; j++) out[at + (f.big ? sz - 1 - j : j)] = b[j];
    return;
  }
  putInt(out, at, sz, f.big, v, c, std);
}

// fn(code index, count, offset) for each value of f in order: an s or p item is one value of
// count bytes, another code's item is count values of its size side by side
function eachValue(f: Fmt, std: boolean, fn: (ci: number, count: number, at: number) => void): void {
  for (let k = 0; k < f.items.length; k += 3) {
    const ci = f.items[k],
      count = f.items[k + 1],
      at = f.items[k + 2];
    if (lengthCode(ci)) fn(ci, count, at);
    else for (let r = 0; r < count; r++) fn(ci, 1, at + r * (std ? STD : NAT)[ci]);
  }
}

function packArgs(f: Fmt, a: number, n: number, what: string, std: boolean): number[] {
  if (n !== f.nargs) err(what + " expected " + f.nargs + " items for packing (got " + n + ")");
  checkHostLen(f.size);
  const out: number[] = [];
  for (let k = 0; k < f.size; k++) out.push(0);
  let j = 0;
  eachValue(f, std, function (ci, count, at) {
    putItem(out, f, ci, count, at, i32[a + j++], std);
  });
  return out;
}

function isStd(fv: number): boolean {
  const s = isStr(fv) ? toJs(fv) : bytesTxt(fv) || "";
  const c = s.charAt(0);
  return c === "=" || c === "<" || c === ">" || c === "!";
}

// ---- unpacking ----

function getItem(f: Fmt, ci: number, count: number, p: number, std: boolean): number {
  const c = CODES.charAt(ci);
  const sz = (std ? STD : NAT)[ci];
  if (c === "s" || c === "p") {
    let n = count,
      q = p;
    if (c === "p") {
      n = count > 0 ? u8[p] : 0;
      if (n > count - 1) n = count > 0 ? count - 1 : 0;
      q = p + 1;
    }
    const b: number[] = [];
    for (let j = 0; j < n; j++) b.push(u8[q + j]);
    return newBytes(TV.bytes, b);
  }
  if (c === "c") return newBytes(TV.bytes, [u8[p]]);
  const b: number[] = [];
  for (let j = 0; j < sz; j++) b.push(u8[p + (f.big ? sz - 1 - j : j)]);
  if (c === "?") return bool(b[0] !== 0);
  if (c === "e") return newFloat(halfValue(b[0] | (b[1] << 8)));
  if (c === "f" || c === "d") return newFloat(bytesFloat(b, 0, sz));
  const unsigned = c === "B" || c === "H" || c === "I" || c === "L" || c === "Q" || c === "N" || c === "P";
  if (sz <= 4) {
    let x = 0;
    for (let j = sz - 1; j >= 0; j--) x = x * 256 + b[j];
    if (!unsigned && b[sz - 1] >= 128) x -= sz === 4 ? 4294967296 : 1 << (sz * 8);
    return mkInt(x);
  }
  return fromMpz(mpz.fromBytes(b, false, !unsigned));
}

// a tuple of the values at address p (the buffer is not moved: the values are allocated after
// their bytes are read one item at a time from a heap object that stays put)
function unpackAt(f: Fmt, buf: number, off: number, std: boolean): number {
  const t = newTuple(f.nargs);
  pushRoot(t);
  pushRoot(buf);
  let j = 0;
  eachValue(f, std, function (ci, count, at) {
    i32[(t >> 2) + 2 + j++] = getItem(f, ci, count, bytesAddr(buf) + off + at, std);
  });
  popRoots(2);
  return t;
}

function buffer(v: number): number {
  if (bytesAddr(v) < 0) typeError("a bytes-like object is required, not '" + typeName(typeOf(v)) + "'");
  return bbLen;
}

const CALCSIZE = defNative(Q.calcsize, 1, 1, function (a) {
  return mkInt(parse(i32[a]).size);
});

const PACK = defNative(Q.pack, 1, 255, function (a, n) {
  const f = parse(i32[a]);
  return newBytes(TV.bytes, packArgs(f, a + 1, n - 1, "pack", isStd(i32[a])));
});

const PACK_INTO = defNative(Q.pack_into, 3, 255, function (a, n) {
  const f = parse(i32[a]);
  const buf = i32[a + 1];
  if (typeOf(buf) === TV.bytes || isStr(buf)) typeError("argument must be read-write bytes-like object, not " + typeName(typeOf(buf)));
  const len = buffer(buf);
  let off = toIntArg(i32[a + 2]);
  const bytes = packArgs(f, a + 3, n - 3, "pack_into", isStd(i32[a]));
  if (off < 0) {
    if (off + len < 0) err("offset " + off + " out of range for " + len + "-byte buffer");
    off += len;
  }
  if (len - off < f.size) {
    if (off > len) err("offset " + off + " out of range for " + len + "-byte buffer");
    err("pack_into requires a buffer of at least " + (f.size + off) + " bytes for packing " + f.size + " bytes at offset " + off + " (actual buffer size is " + len + ")");
  }
  const p = bytesAddr(buf) + off;
  for (let k = 0; k < bytes.length; k++) u8[p + k] = bytes[k];
  return C.None;
});

function toIntArg(v: number): number {
  const x = asInt(asIndex(v));
  return x & 1 ? x >> 1 : mpz.toNumber(toMpz(x));
}

const UNPACK = defNative(Q.unpack, 2, 2, function (a) {
  const f = parse(i32[a]);
  const len = buffer(i32[a + 1]);
  if (len !== f.size) err("unpack requires a buffer of " + f.size + " bytes");
  return unpackAt(f, i32[a + 1], 0, isStd(i32[a]));
});

const UNPACK_FROM = defNative(Q.unpack_from, 2, 3, function (a, n, kw, nkw) {
  const f = parse(i32[a]);
  const len = buffer(i32[a + 1]);
  const ov = n > 2 ? i32[a + 2] : kwArg(kw, nkw, Q.offset);
  let off = ov === 0 ? 0 : toIntArg(ov);
  if (off < 0) {
    if (off + len < 0) err("offset " + off + " out of range for " + len + "-byte buffer");
    off += len;
  }
  if (len - off < f.size) {
    if (off > len) err("offset " + off + " out of range for " + len + "-byte buffer");
    err("unpack_from requires a buffer of at least " + (f.size + off) + " bytes for unpacking " + f.size + " bytes at offset " + off + " (actual buffer size is " + len + ")");
  }
  return unpackAt(f, i32[a + 1], off, isStd(i32[a]));
});

// iter_unpack: an iterator over (format, buffer) kept in a 2-tuple
const ITER = defIterKind(function (it) {
  const st = iterObj(it);
  const fv = i32[(st >> 2) + 2],
    buf = i32[(st >> 2) + 3];
  const f = parse(fv);
  const k = iterPos(it);
  const len = buffer(buf);
  if ((k + 1) * f.size > len) return 0;
  setIterPos(it, k + 1);
  return unpackAt(f, buf, k * f.size, isStd(fv));
});

const ITER_UNPACK = defNative(Q.iter_unpack, 2, 2, function (a) {
  const f = parse(i32[a]);
  const len = buffer(i32[a + 1]);
  if (f.size === 0) err("cannot iteratively unpack with a struct of length 0");
  if (len % f.size !== 0) err("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
  const st = newTuple(2);
  i32[(st >> 2) + 2] = i32[a];
  i32[(st >> 2) + 3] = i32[a + 1];
  return newIter(ITER, st, 0);
});

export function initStruct(): void {
  const table = function () {
    return [
      qv(Q.calcsize), CALCSIZE, qv(Q.pack), PACK, qv(Q.pack_into), PACK_INTO, qv(Q.unpack), UNPACK,
      qv(Q.unpack_from), UNPACK_FROM, qv(Q.iter_unpack), ITER_UNPACK, qv(Q.error), errType(),
    ];
  };
  defModule(Q.struct, table);
}
