// bytes, bytearray and memoryview.
// bytes: the str layout [type, hash, length, -] then the bytes (no references: raw).
// bytearray: [type, length(si), buffer] with the bytes in a TV.rawbuf block after its 16-byte
// header, grown with growBuf. memoryview: [type, object, start(si), length(si)] over a bytes or
// bytearray (slices make new views that write through).
// The str-like methods are shared with str (strmethods.ts); they see bytes as JS strings of one
// char per byte.

import { i32, u8, alloc, growBuf, pushRoot, popRoots } from "../gc/heap";
import { C, T, TV, tv, STR_HDR } from "../core/types";
import { Q } from "../core/qstrdefs";
import { spend } from "../core/vm";
import {
  TYPES,
  defType,
  defNative,
  romMap,
  typeOf,
  typeName,
  nativeType,
  raise,
  typeError,
  valueError,
  bool,
  mkInt,
  newStr,
  newStrRaw,
  strDone,
  strBuf,
  bufLen,
  newList,
  listAppend,
  listLen,
  listItems,
  isStr,
  isFloat,
  toJs,
  strHash,
} from "../core/obj";
import { BinOp, CmpOp } from "../core/bytecode";
import { intToJs } from "../core/int";
import { qv, nativeSelf, isUserInstance, lookupType, callMethod0, hex as hexAddr } from "../core/runtime";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { sliceIndices, sliceCount, isSlice } from "./objrange";
import { listFromIter } from "./objlist";
import { indexArg, strRepr, cmpBytes, typeNameOf } from "./objstr";
import { isIntLike, asInt } from "./objint";
import { newClassMethodValue } from "./objtype";
import { percentFormat, rep } from "./format";
import { sharedMethods, argAt, argTxt } from "./strmethods";
import { named, retNone } from "./modutil";

// ---- access to the bytes of any bytes-like value ----

export let bbLen = 0;

// bytesAddr for a buffer to write into: -1 also for a bytes (or a memoryview of one), whose bytes
// may be a constant the whole program shares (readinto(b'abcd') changed every b'abcd' after it)
export function writableAddr(v: number): number {
  let o = nativeSelf(v);
  if (typeOf(o) === TV.memoryview) o = nativeSelf(i32[(o >> 2) + 1]);
  return typeOf(o) === TV.bytes ? -1 : bytesAddr(v);
}

// Address of the bytes of a bytes, bytearray or memoryview (length in bbLen); -1 for other values.
// The address stays valid until the bytearray is resized.
export function bytesAddr(v: number): number {
  v = nativeSelf(v);
  const t = typeOf(v);
  const w = v >> 2;
  if (t === TV.bytes) {
    bbLen = i32[w + 2];
    return v + STR_HDR;
  }
  if (t === TV.bytearray) {
    bbLen = i32[w + 1] >> 1;
    return i32[w + 2] + STR_HDR;
  }
  if (t === TV.memoryview) {
    const p = bytesAddr(i32[w + 1]);
    const st = i32[w + 2] >> 1;
    const n = i32[w + 3] >> 1;
    bbLen = bbLen - st < n ? (bbLen > st ? bbLen - st : 0) : n;
    return p + st;
  }
  // an array's items, as CPython's buffer protocol gives them (bytes(array('h', [1])))
  if (MPJS_FULL && arrayBuffer !== null) return arrayBuffer(v);
  return -1;
}

// The array module's buffer (the full profile's): the address of an array's items, their byte
// length in bbLen; -1 for other values.
let arrayBuffer: ((v: number) => number) | null = null;
export function setArrayBuffer(f: (v: number) => number): void {
  arrayBuffer = f;
}
export function setBufferLen(n: number): void {
  bbLen = n;
}

// The bytes of a bytes-like value as a JS string of one char per byte, or null.
export function bytesTxt(v: number): string | null {
  const p = bytesAddr(v);
  if (p < 0) return null;
  const n = bbLen;
  spend(n);
  let s = "";
  let chunk: number[] = [];
  for (let k = 0; k < n; k++) {
    chunk.push(u8[p + k]);
    if (chunk.length >= 1024) {
      s += String.fromCharCode.apply(null, chunk);
      chunk = [];
    }
  }
  return s + String.fromCharCode.apply(null, chunk);
}


// ---- constructing ----

// makes sure bytearray ba can hold n bytes (the buffer may move)
function baEnsure(ba: number, n: number): void {
  const w = ba >> 2;
  pushRoot(ba);
  i32[w + 2] = growBuf(i32[w + 2], TV.rawbuf, STR_HDR + n);
  popRoots(1);
}

function newBA(n: number): number {
  const ba = alloc(TV.bytearray, 12);
  i32[(ba >> 2) + 1] = (n << 1) | 1;
  if (n > 0) baEnsure(ba, n);
  return ba;
}

// A bytes (type TV.bytes) or bytearray from a JS string of one char per byte; a str (type 0) from
// a JS string.
export function newBytesFrom(type: number, s: string): number {
  if (!type) return newStr(s);
  const n = s.length;
  let p: number;
  let o: number;
  if (type === TV.bytearray) {
    o = newBA(n);
    p = bytesAddr(o);
  } else {
    o = newStrRaw(TV.bytes, n);
    p = o + STR_HDR;
  }
  for (let k = 0; k < n; k++) u8[p + k] = s.charCodeAt(k);
  return type === TV.bytearray ? o : strDone(o);
}

// replaces bytes [at, at + del) of bytearray ba with the chars of ins
function baSplice(ba: number, at: number, del: number, ins: string): void {
  const w = ba >> 2;
  const n = i32[w + 1] >> 1;
  const m = ins.length;
  const nn = n - del + m;
  if (m > del) baEnsure(ba, nn);
  const p = i32[w + 2] + STR_HDR;
  // move the tail [at + del, n) to at + m
  const t = n - at - del,
    d = p + at + m,
    f = p + at + del;
  if (d < f) for (let k = 0; k < t; k++) u8[d + k] = u8[f + k];
  else for (let k = t - 1; k >= 0; k--) u8[d + k] = u8[f + k];
  for (let k = 0; k < m; k++) u8[p + at + k] = ins.charCodeAt(k);
  i32[w + 1] = (nn << 1) | 1;
}

export function byteVal(v: number, what?: string): number {
  if (!isIntLike(v)) typeError("'" + typeNameOf(v) + "' object cannot be interpreted as an integer");
  const c = asInt(v);
  if (!(c & 1) || c >> 1 < 0 || c >> 1 > 255) valueError((what || "byte") + " must be in range(0, 256)");
  return c >> 1;
}

// the bytes of an iterable of ints (or of a bytes-like value) as a JS string
function bytesOfIter(x: number, what?: string): string {
  const t = bytesTxt(x);
  if (t !== null) return t;
  if (isStr(x)) typeError("can't extend bytearray with str");
  const l = listFromIter(x);
  const n = listLen(l);
  let s = "";
  for (let k = 0; k < n; k++) s += String.fromCharCode(byteVal(i32[listItems(l) + k], what));
  return s;
}

// ---- text encodings ----

// the encoding named by v (0: none given): utf-8 (any name in the default profile), ascii, latin-1
function encName(v: number): string {
  if (v === 0 || !MPJS_FULL) return "utf-8";
  if (!isStr(v)) typeError("encoding must be str, not " + typeNameOf(v));
  const e = toJs(v).toLowerCase().replace(/_/g, "-");
  if (e === "utf-8" || e === "utf8") return "utf-8";
  if (e === "ascii" || e === "us-ascii") return "ascii";
  if (e === "latin-1" || e === "latin1" || e === "iso-8859-1" || e === "iso8859-1" || e === "l1") return "latin-1";
  raise(tv(T.LookupError), "unknown encoding: " + toJs(v));
}

function errName(v: number): string {
  return v === 0 || v === C.None || !MPJS_FULL ? "strict" : toJs(v);
}

// str.encode and bytes(str, encoding): a bytes (or bytearray) of the text of str v
export function encodeStr(type: number, v: number, enc: number, errors: number): number {
  const e = encName(enc);
  v = nativeSelf(v);
  if (e === "utf-8" || !MPJS_FULL) {
    pushRoot(v);
    strBuf(v);
    const n = bufLen;
    const o = type === TV.bytearray ? newBA(n) : newStrRaw(TV.bytes, n);
    const q = type === TV.bytearray ? bytesAddr(o) : o + STR_HDR;
    const p = strBuf(v);
    popRoots(1);
    u8.set(u8.subarray(p, p + n), q);
    return type === TV.bytearray ? o : strDone(o);
  }
  const s = toJs(v);
  const lim = e === "ascii" ? 128 : 256;
  const how = errName(errors);
  let out = "";
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < lim) out += s.charAt(k);
    else if (how === "replace") out += "?";
    else if (how !== "ignore")
      raise(tv(T.UnicodeError), "'" + e + "' codec can't encode character '\\x" + c.toString(16) + "' in position " + k + ": ordinal not in range(" + lim + ")");
  }
  return newBytesFrom(type, out);
}

// decodes bytes [p, p+n) to a JS string
function decode(p: number, n: number, e: string, how: string): string {
  const out: number[] = [];
  let s = "";
  let i = 0;
  while (i < n) {
    const c = u8[p + i];
    let len = 1,
      cp = c,
      bad = "";
    if (c >= 0x80) {
      if (e === "latin-1") cp = c;
      else if (e === "ascii") bad = "ordinal not in range(128)";
      else {
        len = c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 0;
        if (len === 0) {
          bad = "invalid start byte";
          len = 1;
        } else {
          cp = c & (0x7f >> len);
          for (let k = 1; k < len && !bad; k++) {
            if (i + k >= n) bad = "unexpected end of data";
            else {
              const d = u8[p + i + k];
              const lo = k === 1 && (c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80),
                hi = k === 1 && (c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf);
              if (d < (lo || 0x80) || d > (hi || 0xbf)) bad = "invalid continuation byte";
              else cp = (cp << 6) | (d & 63);
            }
          }
          if (bad) len = 1;
        }
      }
    }
    if (bad) {
      if (how === "strict")
        raise(tv(T.UnicodeError), "'" + e + "' codec can't decode byte 0x" + (c < 16 ? "0" : "") + c.toString(16) + " in position " + i + ": " + bad);
      if (how === "replace") out.push(0xfffd);
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 1023));
    } else out.push(cp);
    i += len;
    if (out.length >= 1024) {
      s += String.fromCharCode.apply(null, out);
      out.length = 0;
    }
  }
  return s + String.fromCharCode.apply(null, out);
}

function decodeValue(v: number, enc: number, errors: number): number {
  const e = encName(enc);
  const p = bytesAddr(v);
  if (p < 0) typeError(isStr(v) ? "decoding str is not supported" : "decoding to str: need a bytes-like object, " + typeNameOf(v) + " found");
  return newStr(decode(p, bbLen, e, errName(errors)));
}

// bytes.decode(encoding, errors) and str(bytes, encoding, errors)
export function decodeFn(a: number, n: number, kw: number, nkw: number): number {
  return decodeValue(i32[a], argAt(a, n, kw, nkw, 1, Q.encoding), argAt(a, n, kw, nkw, 2, Q.errors));
}

// ---- repr ----

function bytesRepr(v: number): string {
  const ba = typeOf(v) === TV.bytearray;
  const out = "b" + strRepr(bytesTxt(v) as string, ba ? 2 : 1);
  return ba ? "bytearray(" + out + ")" : out;
}

// ---- constructors ----

// the make slot of bytes and bytearray (type: the one called)
function bytesMake(a: number, n: number, kw: number, nkw: number, type: number): number {
  if (n === 0 && nkw === 0) return newBytesFrom(type, "");
  const x = argAt(a, n, kw, nkw, 0, Q.source);
  const enc = argAt(a, n, kw, nkw, 1, Q.encoding);
  if (isStr(x) || (isUserInstance(x) && isStr(nativeSelf(x)) && lookupType(typeOf(x), qv(Q.__bytes__)) === 0)) {
    if (enc === 0) typeError("string argument without an encoding");
    return encodeStr(type, x, enc, argAt(a, n, kw, nkw, 2, Q.errors));
  }
  if (enc !== 0) typeError("encoding without a string argument");
  if (isIntLike(x)) {
    // a count too large for the heap is MemoryError, as any allocation
    const c = intToJs(asInt(x));
    if (c < 0) valueError("negative count");
    if (type === TV.bytearray) return newBA(c);
    return strDone(newStrRaw(TV.bytes, c));
  }
  if (MPJS_FULL && type === TV.bytes && isUserInstance(x)) {
    const m = lookupType(typeOf(x), qv(Q.__bytes__));
    if (m !== 0) {
      const r = callMethod0(m, x);
      if (typeOf(r) !== TV.bytes) typeError("__bytes__ returned non-bytes (type " + typeNameOf(r) + ")");
      return r;
    }
  }
  if (type === TV.bytes && typeOf(x) === TV.bytes) return x;
  if (isFloat(x)) typeError("cannot convert 'float' object to " + (type === TV.bytes ? "bytes" : "bytearray"));
  return newBytesFrom(type, bytesOfIter(x, type === TV.bytes ? "bytes" : "byte"));
}

// ---- operators ----

function bytesBinop(op: number, a: number, b: number): number {
  const type = typeOf(a);
  if (op === BinOp.ADD) {
    const tb = bytesTxt(b);
    if (tb === null) return 0;
    return newBytesFrom(type, (bytesTxt(a) as string) + tb);
  }
  if (op === BinOp.MUL || op === BinOp.MUL + BinOp.N) {
    if (!isIntLike(b)) return 0;
    const c = asInt(b);
    const s = bytesTxt(a) as string;
    if (!(c & 1) || (c >> 1) * s.length > 0x3fffffff) raise(tv(T.MemoryError));
    return newBytesFrom(type, rep(s, c >> 1));
  }
  if (op === BinOp.MOD) return newBytesFrom(type, percentFormat(bytesTxt(a) as string, b, true));
  return 0;
}

function bytesIndex(v: number, k: number, n: number): number {
  let i = indexArg(k, typeOf(v) === TV.memoryview ? "memoryview" : "byte");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(tv(T.IndexError), typeNameOf(v) + " index out of range");
  return i;
}

function bytesGetitem(v: number, k: number): number {
  const p = bytesAddr(v),
    n = bbLen;
  if (isSlice(k)) {
    const r = sliceIndices(k, n);
    const cnt = sliceCount(r);
    if (typeOf(v) === TV.memoryview) {
      if (r[2] !== 1) raise(tv(T.NotImplementedError), "only slices with step=1 (aka None) are supported");
      return newView(i32[(v >> 2) + 1], (i32[(v >> 2) + 2] >> 1) + r[0], cnt);
    }
    let s = "";
    for (let j = 0, i = r[0]; j < cnt; j++, i += r[2]) s += String.fromCharCode(u8[p + i]);
    return newBytesFrom(typeOf(v), s);
  }
  return mkInt(u8[p + bytesIndex(v, k, n)]);
}

// bytearray and memoryview item assignment (x 0: delete)
function bytesSetitem(v: number, k: number, x: number): void {
  const mv = typeOf(v) === TV.memoryview;
  if (mv && typeOf(nativeSelf(i32[(v >> 2) + 1])) === TV.bytes) typeError("'memoryview' object doesn't support item assignment");
  // deletion and extended slices of a bytearray only in the full profile (as MicroPython)
  if ((x === 0 && (mv || !MPJS_FULL))) typeError("'" + typeNameOf(v) + "' object doesn't support item deletion");
  const p = bytesAddr(v);
  const n = bbLen;
  if (!isSlice(k)) {
    const i = bytesIndex(v, k, n);
    if (x === 0) baSplice(v, i, 1, "");
    else u8[p + i] = byteVal(x);
    return;
  }
  const r = sliceIndices(k, n);
  const cnt = sliceCount(r);
  let src = x === 0 ? "" : isIntLike(x) ? typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)") : bytesOfIter(x);
  if (r[2] === 1 && !mv) return baSplice(v, r[0], cnt, src);
  if (MPJS_FULL && x === 0) {
    // delete an extended slice: keep the others
    src = bytesTxt(v) as string;
    const gone: boolean[] = [];
    for (let j = 0, i = r[0]; j < cnt; j++, i += r[2]) gone[i] = true;
    let out = "";
    for (let j = 0; j < n; j++) if (!gone[j]) out += src.charAt(j);
    return baSplice(v, 0, n, out);
  }
  if (src.length !== cnt || (r[2] !== 1 && !MPJS_FULL)) valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + cnt);
  const q = bytesAddr(v);
  for (let j = 0, i = r[0]; j < cnt; j++, i += r[2]) u8[q + i] = src.charCodeAt(j);
}

const BYTES_ITER = defIterKind(function (it) {
  const p = bytesAddr(iterObj(it));
  const k = iterPos(it);
  if (k >= bbLen) return 0;
  setIterPos(it, k + 1);
  return mkInt(u8[p + k]);
});

function bytesContains(v: number, x: number): boolean {
  return (bytesTxt(v) as string).indexOf(argTxt(x, TV.bytes)) >= 0;
}

function bytesEq(a: number, b: number): number {
  return bytesAddr(b) < 0 ? 0 : bytesCmpOp(CmpOp.EQ, a, b);
}
function bytesLen(v: number): number {
  bytesAddr(v);
  return bbLen;
}
function bytesIter(v: number): number {
  return newIter(BYTES_ITER, v, 0);
}
function bytesCmpOp(op: number, a: number, b: number): number {
  const t = typeOf(b);
  if (op !== CmpOp.EQ && t !== TV.bytes && t !== TV.bytearray) return 0;
  return cmpBytes(op, bytesAddr(a), bbLen, bytesAddr(b), bbLen);
}

// ---- memoryview ----

function newView(obj: number, start: number, n: number): number {
  pushRoot(obj);
  const m = alloc(TV.memoryview, 16);
  popRoots(1);
  const w = m >> 2;
  i32[w + 1] = obj;
  i32[w + 2] = (start << 1) | 1;
  i32[w + 3] = (n << 1) | 1;
  return m;
}

// ---- methods ----

const HEX = defNative(Q.hex, 1, 3, function (a, n, kw, nkw) {
  const s = bytesTxt(i32[a]) as string;
  const sepv = MPJS_FULL ? argAt(a, n, kw, nkw, 1, Q.sep) : 0;
  const bpv = MPJS_FULL ? argAt(a, n, kw, nkw, 2, Q.bytes_per_sep) : 0;
  let sep = "";
  if (sepv !== 0) {
    sep = isStr(sepv) ? toJs(sepv) : (bytesTxt(sepv) as string);
    if (sep === null || sep.length !== 1) valueError("sep must be length 1.");
  }
  let bp = bpv === 0 ? 1 : indexArg(bpv, "bytes_per_sep");
  const fromLeft = bp < 0;
  if (bp < 0) bp = -bp;
  let out = "";
  const L = s.length;
  for (let k = 0; k < L; k++) {
    if (sep && bp && k > 0 && (fromLeft ? k % bp === 0 : (L - k) % bp === 0)) out += sep;
    const c = s.charCodeAt(k);
    out += (c < 16 ? "0" : "") + c.toString(16);
  }
  return newStr(out);
});

const FROMHEX = defNative(Q.fromhex, 2, 2, function (a) {
  const x = i32[a + 1];
  if (!isStr(x)) typeError("fromhex() argument must be str, not " + typeNameOf(x));
  const s = toJs(x);
  let out = "";
  let i = 0;
  for (;;) {
    while (i < s.length && " \t\n\r\x0b\x0c".indexOf(s.charAt(i)) >= 0) i++;
    if (i >= s.length) break;
    const h = parseInt(s.charAt(i), 16),
      l = parseInt(s.charAt(i + 1), 16);
    if (h !== h || l !== l) valueError("non-hexadecimal number found in fromhex() arg at position " + (h !== h ? i : i + 1));
    out += String.fromCharCode(h * 16 + l);
    i += 2;
  }
  const cls = nativeType(i32[a]);
  return newBytesFrom(cls === TV.bytearray ? TV.bytearray : TV.bytes, out);
});

const APPEND = defNative(Q.append, 2, 2, function (a) {
  baSplice(i32[a], i32[(i32[a] >> 2) + 1] >> 1, 0, String.fromCharCode(byteVal(i32[a + 1])));
  return C.None;
});
const EXTEND = defNative(Q.extend, 2, 2, function (a) {
  const s = bytesOfIter(i32[a + 1]);
  baSplice(i32[a], i32[(i32[a] >> 2) + 1] >> 1, 0, s);
  return C.None;
});
function ba_insert(a: number): number {
  const ba = i32[a];
  const n = i32[(ba >> 2) + 1] >> 1;
  let i = indexArg(i32[a + 1], "index");
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  baSplice(ba, i, 0, String.fromCharCode(byteVal(i32[a + 2])));
  return C.None;
}
function ba_pop(a: number, n: number): number {
  const ba = i32[a];
  const p = bytesAddr(ba),
    len = bbLen;
  if (len === 0) raise(tv(T.IndexError), "pop from empty bytearray");
  let i = n > 1 ? indexArg(i32[a + 1], "index") : -1;
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(tv(T.IndexError), "pop index out of range");
  const c = u8[p + i];
  baSplice(ba, i, 1, "");
  return mkInt(c);
}
function ba_remove(a: number): number {
  const i = (bytesTxt(i32[a]) as string).indexOf(String.fromCharCode(byteVal(i32[a + 1])));
  if (i < 0) valueError("value not found in bytearray");
  baSplice(i32[a], i, 1, "");
  return C.None;
}
function ba_clear(a: number): number {
  i32[(i32[a] >> 2) + 1] = 1;
  return C.None;
}
function ba_reverse(a: number): number {
  const p = bytesAddr(i32[a]),
    n = bbLen;
  for (let k = 0; k < n >> 1; k++) {
    const t = u8[p + k];
    u8[p + k] = u8[p + n - 1 - k];
    u8[p + n - 1 - k] = t;
  }
  return C.None;
}
function ba_copy(a: number): number {
  return newBytesFrom(TV.bytearray, bytesTxt(i32[a]) as string);
}

const TOBYTES = defNative(Q.tobytes, 1, 1, function (a) {
  return newBytesFrom(TV.bytes, bytesTxt(i32[a]) as string);
});
function ba_tolist(a: number): number {
  const s = bytesTxt(i32[a]) as string;
  const l = newList(0);
  pushRoot(l);
  for (let k = 0; k < s.length; k++) listAppend(l, mkInt(s.charCodeAt(k)));
  popRoots(1);
  return l;
}

export function initBytes(): void {
  const shared = sharedMethods(true).concat(named([HEX, newClassMethodValue(FROMHEX), defNative(Q.decode, 1, 3, decodeFn)]));
  defType(T.bytes, Q.bytes, TV.object, {
    raw: true,
    make: bytesMake,
    repr: bytesRepr,
    binop: bytesBinop,
    eq: bytesEq,
    cmp: bytesCmpOp,
    len: bytesLen,
    getitem: bytesGetitem,
    iter: bytesIter,
    contains: bytesContains,
    hash: strHash,
    locals: romMap(shared),
  });
  let bm = shared.concat(named([APPEND, EXTEND]));
  if (MPJS_FULL)
    bm = bm.concat(
      named([
        defNative(Q.insert, 3, 3, ba_insert), defNative(Q.pop, 1, 2, ba_pop), defNative(Q.remove, 2, 2, ba_remove),
        defNative(Q.clear, 1, 1, ba_clear), defNative(Q.reverse, 1, 1, ba_reverse), defNative(Q.copy, 1, 1, ba_copy),
      ]),
    );
  defType(T.bytearray, Q.bytearray, TV.object, {
    make: bytesMake,
    repr: bytesRepr,
    binop: bytesBinop,
    eq: bytesEq,
    cmp: bytesCmpOp,
    len: bytesLen,
    getitem: bytesGetitem,
    setitem: bytesSetitem,
    iter: bytesIter,
    contains: bytesContains,
    locals: romMap(bm),
  });
  shared.length = bm.length = 0; // (Espruino keeps them otherwise: init.ts, defineBuiltins)
  defType(T.memoryview, Q.memoryview, TV.object, {
    make: function (a) {
      const x = nativeSelf(i32[a]);
      const t = typeOf(x);
      if (t === TV.memoryview) return newView(i32[(x >> 2) + 1], i32[(x >> 2) + 2] >> 1, i32[(x >> 2) + 3] >> 1);
      if (t !== TV.bytes && t !== TV.bytearray) typeError("memoryview: a bytes-like object is required, not '" + typeName(t) + "'");
      bytesAddr(x);
      return newView(x, 0, t === TV.bytearray ? 0x3fffffff : bbLen);
    },
    repr: function (v) {
      return "<memory at " + hexAddr(v) + ">";
    },
    eq: bytesEq,
    len: bytesLen,
    getitem: bytesGetitem,
    setitem: bytesSetitem,
    iter: bytesIter,
    locals: romMap(
      named([TOBYTES, HEX, defNative(Q.release, 1, 1, retNone)].concat(MPJS_FULL ? [defNative(Q.tolist, 1, 1, ba_tolist)] : [])),
    ),
  });
  // memoryview.readonly, .nbytes and .obj (full profile)
  if (MPJS_FULL)
    TYPES[T.memoryview].attr = function (v, q) {
      if (q === qv(Q.readonly)) return bool(typeOf(nativeSelf(i32[(v >> 2) + 1])) === TV.bytes);
      if (q === qv(Q.nbytes)) {
        bytesAddr(v);
        return mkInt(bbLen);
      }
      if (q === qv(Q.obj)) return i32[(v >> 2) + 1];
      return 0;
    };
}

