// The methods of str, most of them shared with bytes and bytearray: a method works on the JS text
// of self (UTF-16 for str, one char per byte for bytes) and builds results of self's type.

import { i32, pushRoot, popRoots, rsp, setRsp, checkHostLen } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import {
  TYPES,
  defNative,
  NATIVE_DATA,
  romMap,
  typeOf,
  typeError,
  valueError,
  bool,
  mkInt,
  newStr,
  newTuple,
  newList,
  listAppend,
  isStr,
  toJs,
  THROWN,
  isSubtype,
} from "../core/obj";
import { qv, nativeSelf, getitem } from "../core/runtime";
import { R } from "../gc/heap";
import { dictGet, newDict, dictSet } from "../core/map";
import { spend } from "../core/vm";
import { seqItems, seqLen, isListOrTuple, listFromIter } from "./objlist";
import { indexArg, cpStr, typeNameOf } from "./objstr";
import { isDict } from "./objdict";
import { cpLen, jsIdx, rep, strFormat, FORMAT_DUNDER } from "./format";
import { named, kwArg } from "./modutil";
import { bytesTxt, newBytesFrom, encodeStr, byteVal } from "./objbytes";
import { asInt, isIntLike } from "./objint";
import { consumeInPython } from "./consume";

// ---- self, arguments and results ----

// The JS text of self (i32[a]): UTF-16 for str, one char per byte for a bytes-like value; its kind
// in K (read it at once): 0 for str, else the bytes type (TV.bytes, TV.bytearray) of the result
let K = 0;
function selfTxt(a: number): string {
  const v = i32[a];
  K = 0;
  if (isStr(v)) {
    const t = toJs(v);
    spend(t.length);
    return t;
  }
  const s = bytesTxt(v);
  if (s === null) typeError("descriptor needs a str or bytes object, not '" + typeNameOf(v) + "'");
  K = typeOf(v) === TV.bytearray ? TV.bytearray : TV.bytes;
  return s;
}

// the text of argument v for a method of kind k (a bytes-like value or a byte value for bytes)
export function argTxt(v: number, k: number): string {
  v = nativeSelf(v);
  if (k === 0) {
    if (!isStr(v)) typeError("must be str, not " + typeNameOf(v));
    return toJs(v);
  }
  const s = bytesTxt(v);
  if (s !== null) return s;
  if (isIntLike(v)) return String.fromCharCode(byteVal(v));
  typeError("a bytes-like object is required, not '" + typeNameOf(v) + "'");
}

function listOf(k: number, parts: string[]): number {
  const base = rsp;
  const l = newList(0);
  pushRoot(l);
  for (let j = 0; j < parts.length; j++) listAppend(l, newBytesFrom(k, parts[j]));
  setRsp(base);
  return l;
}

// argument k (positional) or the keyword q; 0 when absent
export function argAt(a: number, n: number, kw: number, nkw: number, k: number, q: number): number {
  return k < n ? i32[a + k] : kwArg(kw, nkw, q);
}

// [start, end) as JS indices from the optional arguments i32[a+k], i32[a+k+1]; start may be past
// the end (then nothing matches)
function span(s: string, a: number, n: number, k: number, str: boolean): number[] {
  const len = str ? cpLen(s) : s.length;
  const sv = k < n ? i32[a + k] : C.None,
    ev = k + 1 < n ? i32[a + k + 1] : C.None;
  let st = sv === C.None ? 0 : indexArg(sv, "slice");
  let en = ev === C.None ? len : indexArg(ev, "slice");
  if (st < 0) st = st + len < 0 ? 0 : st + len;
  if (en < 0) en = en + len < 0 ? 0 : en + len;
  if (en > len) en = len;
  if (str && len !== s.length) {
    st = st > len ? s.length + 1 : jsIdx(s, st);
    en = jsIdx(s, en);
  }
  return [st, en];
}

// ---- character classes (ASCII for bytes, approximate Unicode for str) ----

export function isWs(c: number, str: boolean): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || (str && c >= 28);
  if (!str) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
// 1: ch is upper case, 2: lower case (3: title case), 0: neither
function caseOf(ch: string, str: boolean): number {
  return str || ch < "\x80" ? (ch !== ch.toLowerCase() ? 1 : 0) | (ch !== ch.toUpperCase() ? 2 : 0) : 0;
}
function isAlpha(ch: string, str: boolean): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return str && (ch.toUpperCase() !== ch.toLowerCase() || c === 0xaa || c === 0xba || (c >= 0x3040 && c < 0xa000) || (c >= 0xac00 && c < 0xd7a4));
}

// ---- split family ----

function rev(s: string): string {
  return s.split("").reverse().join("");
}

// split and rsplit: on runs of whitespace (sep None) or on a separator, at most max times (rsplit
// splits the reversed text and reverses the parts back)
function splitter(a: number, n: number, kw: number, nkw: number, which: number): number {
  const right = NATIVE_DATA[which] !== 0;
  const sepv = argAt(a, n, kw, nkw, 1, Q.sep);
  const maxv = argAt(a, n, kw, nkw, 2, Q.maxsplit);
  const max = maxv === 0 ? -1 : indexArg(maxv, "maxsplit");
  let s = selfTxt(a);
  const k = K;
  const out: string[] = [];
  if (right) s = rev(s);
  const L = s.length;
  let i = 0;
  if (sepv === 0 || sepv === C.None) {
    const str = k === 0;
    for (;;) {
      while (i < L && isWs(s.charCodeAt(i), str)) i++;
      if (i >= L) break;
      if (max >= 0 && out.length >= max) {
        out.push(s.slice(i));
        break;
      }
      const e = i;
      while (i < L && !isWs(s.charCodeAt(i), str)) i++;
      out.push(s.slice(e, i));
    }
  } else {
    let sep = argTxt(sepv, k);
    if (sep === "") valueError("empty separator");
    if (right) sep = rev(sep);
    for (;;) {
      const j = max >= 0 && out.length >= max ? -1 : s.indexOf(sep, i);
      if (j < 0) {
        out.push(s.slice(i));
        break;
      }
      out.push(s.slice(i, j));
      i = j + sep.length;
    }
  }
  if (right) {
    out.reverse();
    for (let j = 0; j < out.length; j++) out[j] = rev(out[j]);
  }
  return listOf(k, out);
}

const SPLITLINES = defNative(Q.splitlines, 1, 2, function (a, n, kw, nkw) {
  const s = selfTxt(a),
    k = K;
  const keep = argAt(a, n, kw, nkw, 1, Q.keepends);
  const ke = keep !== 0 && keep !== C.False && keep !== 1;
  const out: string[] = [];
  let b = 0,
    i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let e = 0;
    if (c === 13) e = s.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (c === 10 || (k === 0 && (c === 11 || c === 12 || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029))) e = 1;
    if (e) {
      out.push(s.slice(b, ke ? i + e : i));
      i += e;
      b = i;
    } else i++;
  }
  if (b < s.length) out.push(s.slice(b));
  return listOf(k, out);
});

const JOIN = defNative(Q.join, 2, 2, function (a) {
  if (consumeInPython(a, i32[a + 1], Q.join)) return C.None;
  const sep = selfTxt(a),
    k = K;
  let seq = i32[a + 1];
  if (!isListOrTuple(seq)) seq = listFromIter(seq);
  const cnt = seqLen(seq);
  let out = "";
  for (let j = 0; j < cnt; j++) {
    const v = nativeSelf(i32[seqItems(seq) + j]);
    const t = k === 0 ? (isStr(v) ? toJs(v) : null) : bytesTxt(v);
    if (t === null) typeError("sequence item " + j + ": expected " + (k === 0 ? "str instance" : "a bytes-like object") + ", " + typeNameOf(v) + " found");
    if (j > 0) out += sep;
    out += t;
    checkHostLen(out.length);
  }
  return newBytesFrom(k, out);
});

// ---- strip ----

function stripper(a: number, n: number, kw: number, nkw: number, which: number): number {
  // mode 1: left, 2: right, 3: both
  const mode = NATIVE_DATA[which];
  const s = selfTxt(a),
    k = K;
  const cv = n > 1 ? i32[a + 1] : C.None;
  const chars = cv === C.None ? null : argTxt(cv, k);
  const strip = function (c: number): boolean {
    return chars === null ? isWs(c, k === 0) : chars.indexOf(String.fromCharCode(c)) >= 0;
  };
  let b = 0,
    e = s.length;
  if (mode & 1) while (b < e && strip(s.charCodeAt(b))) b++;
  if (mode & 2) while (e > b && strip(s.charCodeAt(e - 1))) e--;
  return newBytesFrom(k, s.slice(b, e));
}

// ---- searching ----

// find (mode 0), rfind (1), index (2), rindex (3), count (4), startswith (8), endswith (9): bit 1
// searches from the right, bit 2 raises when not found
function finder(a: number, n: number, kw: number, nkw: number, which: number): number {
  const mode = NATIVE_DATA[which];
  const s = selfTxt(a),
    k = K,
    right = mode & 1,
    p = i32[a + 1];
  const sub = mode & 8 ? "" : argTxt(p, k);
  const r = span(s, a, n, 2, k === 0);
  const st = r[0],
    en = r[1];
  let res = -1;
  if (mode & 8) {
    if (st > s.length || en < st) return C.False;
    const part = s.slice(st, en);
    const tup = typeOf(p) === TV.tuple;
    if (!tup && !(k === 0 ? isStr(nativeSelf(p)) : bytesTxt(p) !== null)) {
      const w = k === 0 ? "str" : "bytes";
      typeError((right ? "endswith" : "startswith") + " first arg must be " + w + " or a tuple of " + w + ", not " + typeNameOf(p));
    }
    const cnt = tup ? seqLen(p) : 1;
    for (let j = 0; j < cnt; j++) {
      const t = argTxt(tup ? i32[(p >> 2) + 2 + j] : p, k);
      if (t.length <= part.length && (right ? part.slice(part.length - t.length) : part.slice(0, t.length)) === t) return C.True;
    }
    return C.False;
  }
  if (mode & 4) {
    res = 0;
    if (st <= s.length && en >= st) {
      if (sub === "") res = (k === 0 ? cpLen(s.slice(st, en)) : en - st) + 1;
      else
        for (let i = s.indexOf(sub, st); i >= 0 && i + sub.length <= en; i = s.indexOf(sub, i + sub.length)) res++;
    }
    return mkInt(res);
  }
  if (st <= s.length && en - st >= sub.length) {
    res = right ? s.lastIndexOf(sub, en - sub.length) : s.indexOf(sub, st);
    if (res < st || res + sub.length > en) res = -1;
  }
  if (res < 0 && mode & 2) valueError(k === 0 ? "substring not found" : "subsection not found");
  return mkInt(res < 0 || k !== 0 ? res : cpLen(s.slice(0, res)));
}

const REPLACE = defNative(Q.replace, 3, 4, function (a, n) {
  const s = selfTxt(a),
    k = K;
  const old = argTxt(i32[a + 1], k),
    nw = argTxt(i32[a + 2], k);
  let cnt = n > 3 ? indexArg(i32[a + 3], "count") : -1;
  if (cnt < 0) cnt = 0x7fffffff;
  let out = "";
  if (old === "") {
    // insert before every character and at the end
    let i = 0;
    while (i <= s.length && cnt > 0) {
      out += nw;
      checkHostLen(out.length);
      cnt--;
      if (i === s.length) {
        i++;
        break;
      }
      const c = s.charCodeAt(i);
      const w = k === 0 && c >= 0xd800 && c < 0xdc00 ? 2 : 1;
      out += s.slice(i, i + w);
      i += w;
    }
    return newBytesFrom(k, out + s.slice(i));
  }
  let i = 0;
  while (cnt > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    checkHostLen(out.length);
    i = j + old.length;
    cnt--;
  }
  return newBytesFrom(k, out + s.slice(i));
});

function partitioner(a: number, n: number, kw: number, nkw: number, which: number): number {
  const right = NATIVE_DATA[which] !== 0;
  const s = selfTxt(a),
    k = K;
  const sep = argTxt(i32[a + 1], k);
  if (sep === "") valueError("empty separator");
  const j = right ? s.lastIndexOf(sep) : s.indexOf(sep);
  const parts = j < 0 ? (right ? ["", "", s] : [s, "", ""]) : [s.slice(0, j), sep, s.slice(j + sep.length)];
  const t = newTuple(3);
  pushRoot(t);
  for (let x = 0; x < 3; x++) i32[(t >> 2) + 2 + x] = newBytesFrom(k, parts[x]);
  popRoots(1);
  return t;
}

function affixRemover(a: number, n: number, kw: number, nkw: number, which: number): number {
  const end = NATIVE_DATA[which] !== 0;
  const s = selfTxt(a),
    k = K;
  const p = argTxt(i32[a + 1], k);
  if (p !== "" && p.length <= s.length) {
    if (!end && s.slice(0, p.length) === p) return newBytesFrom(k, s.slice(p.length));
    if (end && s.slice(s.length - p.length) === p) return newBytesFrom(k, s.slice(0, s.length - p.length));
  }
  return newBytesFrom(k, s);
}

// ---- case and predicates ----

// Per character: the predicates (mode 0 alpha, 1 digit (decimal, numeric), 2 space, 4 upper,
// 5 lower; full profile: 3 alnum, 6 identifier, 7 printable, 8 ascii, 9 title) and the case changes
// (10 upper, 11 lower; full profile: 12 swapcase, 13 capitalize, 14 title).
function charwise(a: number, n: number, kw: number, nkw: number, which: number): number {
  const mode = NATIVE_DATA[which];
  const s = selfTxt(a),
    k = K,
    str = k === 0;
  let out = "",
    cased = false,
    prev = false;
  if (mode > 9) {
    for (let i = 0; i < s.length; i++) {
      const ch = s.charAt(i);
      if (!str && ch >= "\x80") {
        out += ch;
        prev = false;
      } else if (!MPJS_FULL || mode < 12) out += mode > 10 ? ch.toLowerCase() : ch.toUpperCase();
      else {
        const cs = caseOf(ch, str),
          low = cs & 2;
        out += mode === 12 && !cs ? ch : (mode === 12 ? low : mode === 13 ? i === 0 : !prev) ? ch.toUpperCase() : ch.toLowerCase();
        prev = cs > 0;
      }
    }
    return newBytesFrom(k, out);
  }
  if (s === "") return MPJS_FULL && (mode === 7 || mode === 8) ? C.True : C.False;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const c = s.charCodeAt(i);
    const dig = ch >= "0" && ch <= "9";
    let ok = true;
    if (mode === 0) ok = isAlpha(ch, str);
    else if (mode === 1) ok = dig;
    else if (mode === 2) ok = isWs(c, str);
    else if (MPJS_FULL && mode === 3) ok = isAlpha(ch, str) || dig;
    else if (MPJS_FULL && mode === 6) ok = isAlpha(ch, str) || ch === "_" || (i > 0 && dig);
    else if (MPJS_FULL && mode === 7) ok = c >= 32 && c !== 127 && !(c >= 0x80 && c <= 0xa0) && c !== 0xad;
    else if (MPJS_FULL && mode === 8) ok = c < 128;
    else {
      const cs = caseOf(ch, str);
      if (mode === 4) ok = !(cs & 2);
      else if (mode === 5) ok = !(cs & 1);
      else if (MPJS_FULL) {
        ok = cs & 1 ? !prev : cs & 2 ? prev : true;
        prev = cs > 0;
      }
      if (cs) cased = true;
    }
    if (!ok) return C.False;
  }
  // upper, lower and title need a cased character
  return bool(cased || mode < 4 || (MPJS_FULL && mode > 5 && mode !== 9));
}
const LOWER = defNative(Q.lower, 1, 1, charwise, 11);

// ---- padding ----

function fillArg(a: number, n: number, k: number): string {
  if (n < 3) return " ";
  const f = argTxt(i32[a + 2], k);
  if ((k === 0 ? cpLen(f) : f.length) !== 1) typeError("The fill character must be exactly one character long");
  return f;
}

function justifier(a: number, n: number, kw: number, nkw: number, which: number): number {
  // 0 ljust, 1 rjust, 2 center
  const mode = NATIVE_DATA[which];
  const s = selfTxt(a),
    k = K;
  const w = indexArg(i32[a + 1], "width");
  const f = fillArg(a, n, k);
  const marg = w - (k === 0 ? cpLen(s) : s.length);
  if (marg <= 0) return newBytesFrom(k, s);
  const left = mode === 0 ? 0 : mode === 1 ? marg : (marg >> 1) + (marg & w & 1);
  return newBytesFrom(k, rep(f, left) + s + rep(f, marg - left));
}

function zfill(a: number): number {
  let s = selfTxt(a);
  const k = K;
  const w = indexArg(i32[a + 1], "width");
  const marg = w - (k === 0 ? cpLen(s) : s.length);
  if (marg <= 0) return newBytesFrom(k, s);
  let sign = "";
  if (s.charAt(0) === "+" || s.charAt(0) === "-") {
    sign = s.charAt(0);
    s = s.slice(1);
  }
  return newBytesFrom(k, sign + rep("0", marg) + s);
}

function expandtabs(a: number, n: number, kw: number, nkw: number): number {
  const s = selfTxt(a),
    k = K;
  const tv_ = argAt(a, n, kw, nkw, 1, Q.tabsize);
  const ts = tv_ === 0 ? 8 : indexArg(tv_, "tabsize");
  let out = "",
    col = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === "\t") {
      if (ts > 0) {
        const m = ts - (col % ts);
        out += rep(" ", m);
        checkHostLen(out.length);
        col += m;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return newBytesFrom(k, out);
}

// ---- str only: format, encode, translate ----

const FORMAT = defNative(Q.format, 1, 255, function (a, n, kw, nkw) {
  return newStr(strFormat(toJs(i32[a]), a + 1, n - 1, kw, nkw, 0));
});
function formatMap(a: number): number {
  return newStr(strFormat(toJs(i32[a]), a, 0, 0, 0, i32[a + 1]));
}

const ENCODE = defNative(Q.encode, 1, 3, function (a, n, kw, nkw) {
  return encodeStr(TV.bytes, i32[a], argAt(a, n, kw, nkw, 1, Q.encoding), argAt(a, n, kw, nkw, 2, Q.errors));
});

// a mapping lookup that gives 0 on LookupError
function lookup(m: number, key: number): number {
  if (isDict(m)) return dictGet(m, key);
  try {
    return getitem(m, key);
  } catch (e) {
    if (e === THROWN && isSubtype(typeOf(i32[R.excRaising]), tv(T.LookupError))) return 0;
    throw e;
  }
}

function translate(a: number, n: number): number {
  const s = selfTxt(a),
    k = K;
  const tab = i32[a + 1];
  let out = "";
  if (k !== 0) {
    const t = tab === C.None ? null : argTxt(tab, k);
    if (t !== null && t.length !== 256) valueError("translation table must be 256 characters long");
    const del = n > 2 ? argTxt(i32[a + 2], k) : "";
    for (let i = 0; i < s.length; i++) {
      const ch = s.charAt(i);
      if (del.indexOf(ch) < 0) out += t === null ? ch : t.charAt(s.charCodeAt(i));
    }
    return newBytesFrom(k, out);
  }
  const cps = s;
  for (let i = 0; i < cps.length; i++) {
    let c = cps.charCodeAt(i);
    let w = 1;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < cps.length) {
      c = 0x10000 + ((c - 0xd800) << 10) + (cps.charCodeAt(i + 1) - 0xdc00);
      w = 2;
    }
    const r = lookup(tab, mkInt(c));
    if (r === 0) out += cps.slice(i, i + w);
    else if (r === C.None) {
      // deleted
    } else if (isIntLike(r)) {
      const v = asInt(r);
      if (!(v & 1) || v >> 1 < 0 || v >> 1 > 0x10ffff) valueError("character mapping must be in range(0x110000)");
      out += cpStr(v >> 1);
    }
    else if (isStr(r)) {
      out += toJs(r);
      checkHostLen(out.length);
    }
    else typeError("character mapping must return integer, None or str");
    i += w - 1;
  }
  return newStr(out);
}

// str.maketrans(x[, y[, z]]), called on the class (no self)
function maketrans(a: number, n: number): number {
  const base = rsp;
  const d = newDict();
  pushRoot(d);
  const x = i32[a];
  if (n === 1) {
    if (!isDict(x)) typeError("if you give only one argument to maketrans it must be a dict");
    const keys = listFromIter(x);
    pushRoot(keys);
    for (let j = 0; j < seqLen(keys); j++) {
      let key = i32[seqItems(keys) + j];
      const v = dictGet(x, key);
      if (isStr(key)) {
        if (cpLen(toJs(key)) !== 1) valueError("string keys in translate table must be of length 1");
        key = mkInt(toJs(key).charCodeAt(0));
      }
      dictSet(d, key, v);
    }
  } else {
    const xs = argTxt(x, 0),
      ys = argTxt(i32[a + 1], 0);
    if (xs.length !== ys.length) valueError("the first two maketrans arguments must have equal length");
    for (let j = 0; j < xs.length; j++) dictSet(d, mkInt(xs.charCodeAt(j)), mkInt(ys.charCodeAt(j)));
    if (n > 2) {
      const zs = argTxt(i32[a + 2], 0);
      for (let j = 0; j < zs.length; j++) dictSet(d, mkInt(zs.charCodeAt(j)), C.None);
    }
  }
  setRsp(base);
  return d;
}

// ---- the tables ----

// The methods str, bytes and bytearray share (pairs of qstr value and native); the last caller
// (initBytes) lets go of the table.
let shared: number[] | null = null;
export function sharedMethods(last?: boolean): number[] {
  const m = shared;
  if (last && m) {
    shared = null;
    return m;
  }
  if (m === null) {
    shared = named([
      defNative(Q.split, 1, 3, splitter, 0),
      defNative(Q.rsplit, 1, 3, splitter, 1),
      SPLITLINES,
      JOIN,
      defNative(Q.strip, 1, 2, stripper, 3),
      defNative(Q.lstrip, 1, 2, stripper, 1),
      defNative(Q.rstrip, 1, 2, stripper, 2),
      defNative(Q.find, 2, 4, finder, 0),
      defNative(Q.rfind, 2, 4, finder, 1),
      defNative(Q.index, 2, 4, finder, 2),
      defNative(Q.rindex, 2, 4, finder, 3),
      defNative(Q.count, 2, 4, finder, 4),
      defNative(Q.startswith, 2, 4, finder, 8),
      defNative(Q.endswith, 2, 4, finder, 9),
      REPLACE,
      defNative(Q.partition, 2, 2, partitioner, 0),
      defNative(Q.rpartition, 2, 2, partitioner, 1),
      defNative(Q.upper, 1, 1, charwise, 10),
      LOWER,
      defNative(Q.center, 2, 3, justifier, 2),
      defNative(Q.isalpha, 1, 1, charwise, 0),
      defNative(Q.isdigit, 1, 1, charwise, 1),
      defNative(Q.isspace, 1, 1, charwise, 2),
      defNative(Q.isupper, 1, 1, charwise, 4),
      defNative(Q.islower, 1, 1, charwise, 5),
    ]);
    if (MPJS_FULL) shared = shared.concat(fullShared());
  }
  return shared as number[];
}

// CPython's methods that MicroPython does not have (full profile)
function fullShared(): number[] {
  return named([
    defNative(Q.removeprefix, 2, 2, affixRemover, 0),
    defNative(Q.removesuffix, 2, 2, affixRemover, 1),
    defNative(Q.swapcase, 1, 1, charwise, 12),
    defNative(Q.capitalize, 1, 1, charwise, 13),
    defNative(Q.title, 1, 1, charwise, 14),
    defNative(Q.isalnum, 1, 1, charwise, 3),
    defNative(Q.isascii, 1, 1, charwise, 8),
    defNative(Q.istitle, 1, 1, charwise, 9),
    defNative(Q.ljust, 2, 3, justifier, 0),
    defNative(Q.rjust, 2, 3, justifier, 1),
    defNative(Q.zfill, 2, 2, zfill),
    defNative(Q.expandtabs, 1, 2, expandtabs),
    defNative(Q.translate, 2, 3, translate),
  ]);
}

export function initStrMethods(): void {
  let m = sharedMethods().concat(named([FORMAT, ENCODE, FORMAT_DUNDER]));
  if (MPJS_FULL) {
    const digit = defNative(Q.isdecimal, 1, 1, charwise, 1);
    m = m.concat([
      qv(Q.isdecimal), digit, qv(Q.isnumeric), digit,
      qv(Q.isidentifier), defNative(Q.isidentifier, 1, 1, charwise, 6),
      qv(Q.isprintable), defNative(Q.isprintable, 1, 1, charwise, 7),
      qv(Q.casefold), LOWER,
      qv(Q.format_map), defNative(Q.format_map, 2, 2, formatMap),
      qv(Q.maketrans), defNative(Q.maketrans, 1, 3, maketrans),
    ]);
  }
  TYPES[T.str].locals = romMap(m);
  m.length = 0; // (Espruino keeps it otherwise: init.ts, defineBuiltins)
}
