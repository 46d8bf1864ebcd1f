// str: UTF-8 bytes in the heap with character indexing (direct when the text is ASCII).
// This file holds the type's slots and the helpers other files use; the methods are in
// strmethods.ts.

import { i32, u8, pushRoot, popRoots } from "../gc/heap";
import { C, T, TV, tv, STR_HDR } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, typeOf, typeName, raise, typeError, newStr, newStrRaw, strDone, strBuf, bufLen, strHash, strEq, toJs, isStr, bool, TypeInfo } from "../core/obj";
import { BinOp, CmpOp } from "../core/bytecode";
import { strOf, setJsStr } from "../core/runtime";
import { intToJs } from "../core/int";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { sliceIndices, sliceCount, isSlice } from "./objrange";
import { qstrObj } from "../core/qstr";
import { spend } from "../core/vm";
import { percentFormat } from "./format";
import { decodeFn } from "./objbytes";

// number of characters of a str value
export function strCharLen(v: number): number {
  if ((v & 3) === 2) {
    const o = qstrObj(v >> 2);
    if (o === 0) {
      strBuf(v);
      return bufLen; // static qstrs are ASCII
    }
    v = o;
  }
  return i32[(v >> 2) + 3];
}

// The repr of text s between quotes: of a str (b 0), or of bytes (b 1) or a bytearray's bytes (b 2),
// one char per byte (the caller writes the b prefix)
export function strRepr(s: string, b?: number): string {
  const q = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  let out = q;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const ch = s.charAt(k);
    if (ch === q || ch === "\\" || (ch === "'" && b === 2)) out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 32 || c === 127 || (c >= 0x80 && (b || c < 0xa0))) out += "\\x" + (c < 16 ? "0" : "") + c.toString(16);
    else out += ch;
  }
  return out + q;
}

// code points of a str (for non-ASCII indexing)
export function codePoints(v: number): number[] {
  const p = strBuf(v);
  const n = bufLen;
  const out: number[] = [];
  let k = 0;
  while (k < n) {
    let c = u8[p + k++];
    if (c >= 0xf0) {
      c = ((c & 7) << 18) | ((u8[p + k] & 63) << 12) | ((u8[p + k + 1] & 63) << 6) | (u8[p + k + 2] & 63);
      k += 3;
    } else if (c >= 0xe0) {
      c = ((c & 15) << 12) | ((u8[p + k] & 63) << 6) | (u8[p + k + 1] & 63);
      k += 2;
    } else if (c >= 0xc0) {
      c = ((c & 31) << 6) | (u8[p + k] & 63);
      k++;
    }
    out.push(c);
  }
  return out;
}

// byte offset of character index i
function charOffset(p: number, n: number, i: number): number {
  let k = 0;
  while (i > 0 && k < n) {
    k++;
    while (k < n && (u8[p + k] & 0xc0) === 0x80) k++;
    i--;
  }
  return k;
}

export function strIndex(v: number, i: number): number {
  const len = strCharLen(v);
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(tv(T.IndexError), "string index out of range");
  const p = strBuf(v);
  const n = bufLen;
  if (len === n) return strPart(v, i, 1, 1);
  const a = charOffset(p, n, i);
  let b = a + 1;
  while (b < n && (u8[p + b] & 0xc0) === 0x80) b++;
  return strPart(v, a, b - a, 1);
}

function strSlice(v: number, sl: number): number {
  const len = strCharLen(v);
  const r = sliceIndices(sl, len);
  const start = r[0],
    stop = r[1],
    step = r[2];
  const p = strBuf(v);
  const n = bufLen;
  if (step === 1) {
    if (stop <= start) return (Q.empty << 2) | 2;
    if (len === n) return strPart(v, start, stop - start, 1);
    const a = charOffset(p, n, start);
    return strPart(v, a, charOffset(p + a, n - a, stop - start), 1);
  }
  const cps = codePoints(v);
  let s = "";
  for (let j = sliceCount(r), k = start; j > 0; j--, k += step) s += cpStr(cps[k]);
  return newStr(s);
}

// a str made of t copies of bytes [off, off+n) of str v (re-reading v's bytes after allocating)
function strPart(v: number, off: number, n: number, t: number): number {
  if (n === 0) return (Q.empty << 2) | 2;
  spend(n * t);
  pushRoot(v);
  const s = newStrRaw(TV.str, n * t);
  popRoots(1);
  const p = strBuf(v) + off;
  for (let k = 0; k < t; k++) u8.set(u8.subarray(p, p + n), s + STR_HDR + k * n);
  return strDone(s);
}

export function cpStr(c: number): string {
  if (c < 0x10000) return String.fromCharCode(c);
  c -= 0x10000;
  return String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
}

export function strConcat(a: number, b: number): number {
  const pa = strBuf(a),
    na = bufLen;
  const pb = strBuf(b),
    nb = bufLen;
  void pa;
  void pb;
  if (na === 0) return b;
  if (nb === 0) return a;
  spend(na + nb);
  pushRoot(a);
  pushRoot(b);
  const s = newStrRaw(TV.str, na + nb);
  popRoots(2);
  const qa = strBuf(a);
  u8.set(u8.subarray(qa, qa + na), s + STR_HDR);
  const qb = strBuf(b);
  u8.set(u8.subarray(qb, qb + nb), s + STR_HDR + na);
  return strDone(s);
}

function strRepeat(a: number, n: number): number {
  strBuf(a);
  const na = bufLen;
  if (n <= 0) return (Q.empty << 2) | 2;
  if (na * n > 0x3fffffff) raise(tv(T.MemoryError));
  return strPart(a, 0, na, n);
}

// the cmp slot's result (op < <= > >=, or == for bytes) for the bytes [pa, pa+na) and [pb, pb+nb)
export function cmpBytes(op: number, pa: number, na: number, pb: number, nb: number): number {
  const n = na < nb ? na : nb;
  let c = na - nb;
  for (let k = 0; k < n; k++) {
    const x = u8[pa + k],
      y = u8[pb + k];
    if (x !== y) {
      c = x - y;
      break;
    }
  }
  return bool(op === CmpOp.LT ? c < 0 : op === CmpOp.LE ? c <= 0 : op === CmpOp.GT ? c > 0 : op === CmpOp.GE ? c >= 0 : c === 0);
}

// ---- iteration ----
const STR_ITER = defIterKind(function (it) {
  const s = iterObj(it);
  const p = iterPos(it);
  const len = strCharLen(s);
  if (p >= len) return 0;
  setIterPos(it, p + 1);
  return strIndex(s, p);
});

export const strType: Partial<TypeInfo> = {
  make: function (a, n, kw, nkw) {
    if (n === 0 && nkw === 0) return (Q.empty << 2) | 2;
    const x = i32[a];
    if (n >= 2 || nkw > 0) return decodeFn(a, n, kw, nkw);
    if (isStr(x)) return x;
    return newStr(strOf(x));
  },
  repr: function (v) {
    return strRepr(toJs(v));
  },
  str: toJs,
  binop: function (op, a, b) {
    if (op === BinOp.ADD) {
      if (!isStr(b)) return 0;
      return strConcat(a, b);
    }
    if (op === BinOp.MUL || op === BinOp.MUL + BinOp.N) {
      if (b === C.True || b === C.False) b = b === C.True ? 3 : 1;
      if (!(b & 1) && !(typeOf(b) === TV.int)) return 0;
      return strRepeat(a, intToJs(b));
    }
    if (op === BinOp.MOD) return newStr(percentFormat(toJs(a), b, false));
    return 0;
  },
  eq: function (a, b) {
    if (!isStr(b)) return 0;
    return bool(strEq(a, b));
  },
  cmp: function (op, a, b) {
    return isStr(b) ? cmpBytes(op, strBuf(a), bufLen, strBuf(b), bufLen) : 0;
  },
  hash: strHash,
  len: strCharLen,
  getitem: function (v, k) {
    if (isSlice(k)) return strSlice(v, k);
    return strIndex(v, indexArg(k, "string"));
  },
  iter: function (v) {
    return newIter(STR_ITER, v, 0);
  },
  contains: function (v, x) {
    if (!isStr(x)) typeError("'in <string>' requires string as left operand");
    // the host's search (a byte loop here took minutes on 'a' * 100000 + 'b' in 'a' * 200000),
    // charged as a scan of the text (vm.ts spend)
    const hay = toJs(v);
    spend(hay.length);
    return hay.indexOf(toJs(x)) >= 0;
  },
};

export function indexArg(k: number, what: string): number {
  if (k & 1) return k >> 1;
  if (k === C.True) return 1;
  if (k === C.False) return 0;
  if (typeOf(k) === TV.int) return intToJs(k);
  typeError(what + " indices must be integers, not " + typeNameOf(k));
}

// the name of v's type
export function typeNameOf(v: number): string {
  return typeName(typeOf(v));
}

export function initStr(): void {
  defType(T.str, Q.str, TV.object, strType);
  setJsStr(toJs);
}

