// Interned strings ("qstrs"): identifiers, attribute names and short literals, stored once with
// their hash, so that comparing two is comparing two words. A qstr value is (index << 2) | 2.
// Indices below Q.NSTATIC are the build-time table (qstrdefs.ts, in the bundle, not in the heap);
// the others are heap strings interned at run time, listed in the pool at root R.qpool and found by
// hash through the open-addressing table at root R.qhash.

import { Q, QSTR_DATA as PACKED, QSTR_MPJS_FULL, QSTR_MPJS_MACHINE, QSTR_MPJS_FILES } from "./qstrdefs";
import { i32, u8, allocLasting, allocSize, R, pushRoot, popRoots } from "../gc/heap";
import { TV, STR_HDR } from "./types";

// The static names: one text of all of them, end to end (the core's, then those of the optional
// features this bundle has), where name k is from staticOff[k] to staticOff[k + 1] (no separator:
// on Espruino the text is RAM for good, a JsVar each 16 characters or so; a feature left out:
// empty names), and their hashes. Made as the bundle loads, up to the last feature the bundle has
// (gen-qstr.mjs orders them: machine, files, full): no code of the bundle names a qstr of a
// feature it leaves out, nor does findStatic look there.
const STATIC_END = MPJS_FULL ? Q.NSTATIC : MPJS_FILES ? Q.SEG_MPJS_FULL : MPJS_MACHINE ? Q.SEG_MPJS_FILES : Q.SEG_MPJS_MACHINE;
const staticOff = new Uint16Array(STATIC_END + 1); // (the text is under 64 KB: gen-qstr.mjs)
const staticHash = new Uint16Array(STATIC_END);
staticHash[0] = 5381; // "" (hashBytes of nothing)
// In an array, not a variable: QuickJS's memory count (the size budget) takes a string once for
// every function that holds it in a closure.
const TEXT = [""];
let staticNext = 1;
// the length of the longest static qstr
export let staticMaxLen = 0;

// MicroPython's hash of a str or bytes (its qstr_compute_hash with two bytes of hash: djb2 with
// xor, never 0), so that hash("abc") is the same number on both.
export function hashBytes(p: number, n: number): number {
  let h = 5381;
  for (let k = 0; k < n; k++) h = ((h * 33) ^ u8[p + k]) & 0xffff;
  return h || 1;
}

// Adds the names of the front-coded list p (tools/gen-qstr.mjs pack: a mark below "0" starts each
// name, "!" for none of the name before, else the character of code 34 + k for its first k
// characters) as the static qstrs from first on.
function addNames(p: string, first: number): void {
  let t = TEXT[0];
  for (; staticNext < first; staticNext++) staticOff[staticNext] = t.length;
  let prev = "";
  for (let i = 0; i < p.length; ) {
    const c = p.charCodeAt(i);
    let j = i + 1;
    while (j < p.length && p.charCodeAt(j) > 47) j++;
    prev = prev.substring(0, c === 33 ? 0 : c - 34) + p.substring(i + 1, j);
    staticOff[staticNext] = t.length;
    // static names are ASCII, so char codes are their UTF-8 bytes (as hashBytes hashes)
    let h = 5381;
    for (let k = 0; k < prev.length; k++) h = ((h * 33) ^ prev.charCodeAt(k)) & 0xffff;
    staticHash[staticNext++] = h || 1;
    if (prev.length > staticMaxLen) staticMaxLen = prev.length;
    t += prev;
    i = j;
  }
  TEXT[0] = t;
}
addNames(PACKED, 1);
if (MPJS_MACHINE) addNames(QSTR_MPJS_MACHINE, Q.SEG_MPJS_MACHINE);
if (MPJS_FILES) addNames(QSTR_MPJS_FILES, Q.SEG_MPJS_FILES);
if (MPJS_FULL) addNames(QSTR_MPJS_FULL, Q.SEG_MPJS_FULL);
for (; staticNext <= STATIC_END; staticNext++) staticOff[staticNext] = TEXT[0].length;

function staticText(k: number): string {
  return k === 0 ? "" : TEXT[0].substring(staticOff[k], staticOff[k + 1]);
}

// ---- run-time pool: R.qpool is a tuple-like array object [hdr, count(si), str ptrs...];
//      R.qhash is [hdr, mask(si), (qstr index + 1 as small int) or 0 ...] ----

function poolCount(): number {
  const p = i32[R.qpool];
  return p === 0 ? 0 : i32[(p >> 2) + 1] >> 1;
}

export function qstrCount(): number {
  return Q.NSTATIC + poolCount();
}

export function qstrHash(q: number): number {
  if (q < Q.NSTATIC) return staticHash[q];
  return i32[(i32[(i32[R.qpool] >> 2) + 2 + q - Q.NSTATIC] >> 2) + 1];
}

// Heap string object of a run-time qstr (0 for a static one).
export function qstrObj(q: number): number {
  if (q < Q.NSTATIC) return 0;
  return i32[(i32[R.qpool] >> 2) + 2 + q - Q.NSTATIC];
}

export function qstrStr(q: number): string {
  if (q < Q.NSTATIC) return staticText(q);
  const p = qstrObj(q);
  return utf8Decode(p + STR_HDR, i32[(p >> 2) + 2]);
}

// Looks up a string given as UTF-8 bytes in the heap (h: its hash); returns the qstr index or -1.
// A name is in one of the two tables, never both. The run-time names are looked up first: by hash,
// and they are most of the names a program gives as strings (getattr, **kwargs); then the static
// ones, by text (findStatic).
export function qstrFind(p: number, n: number, h: number): number {
  const t = i32[R.qhash];
  if (t !== 0) {
    const tw = t >> 2;
    const mask = i32[tw + 1] >> 1;
    // (hashes have 16 bits: h << 16 spreads them over a table of more slots, as map.ts does)
    for (let i = (h ^ (h << 16)) & mask; ; i = (i + 1) & mask) {
      const e = i32[tw + 2 + i];
      if (e === 0) break;
      const q = (e >> 1) - 1;
      const s = qstrObj(q);
      const sw = s >> 2;
      if (i32[sw + 1] === h && i32[sw + 2] === n) {
        let j = 0;
        while (j < n && u8[s + STR_HDR + j] === u8[p + j]) j++;
        if (j === n) return q;
      }
    }
  }
  if (n === 0) return Q.empty;
  let k = findStatic(p, n, 1, Q.SEG_MPJS_MACHINE);
  if (MPJS_MACHINE && k < 0) k = findStatic(p, n, Q.SEG_MPJS_MACHINE, Q.SEG_MPJS_FILES);
  if (MPJS_FILES && k < 0) k = findStatic(p, n, Q.SEG_MPJS_FILES, Q.SEG_MPJS_FULL);
  if (MPJS_FULL && k < 0) k = findStatic(p, n, Q.SEG_MPJS_FULL, Q.NSTATIC);
  return k;
}

// Searches the static qstrs first..end-1 (one segment) for the n bytes at p (n > 0); returns the
// index or -1. gen-qstr.mjs lists each segment's names in order of text, so the search halves the
// range: no hash table of the static names to build at boot (on Espruino ~260 JsVars).
function findStatic(p: number, n: number, first: number, end: number): number {
  let lo = first,
    hi = end - 1;
  while (lo <= hi) {
    const k = (lo + hi) >> 1;
    // the name k against the bytes: the first char that differs, else the shorter is first
    const t = TEXT[0],
      o = staticOff[k];
    const len = staticOff[k + 1] - o;
    let j = 0;
    while (j < n && j < len && t.charCodeAt(o + j) === u8[p + j]) j++;
    const d = j < n && j < len ? t.charCodeAt(o + j) - u8[p + j] : len - n;
    if (d === 0) return k;
    if (d < 0) lo = k + 1;
    else hi = k - 1;
  }
  return -1;
}

// Interns the heap string object s (a T.str) and returns its qstr index; s itself becomes the
// pool's copy when it is new, so callers must not mutate it afterwards.
export function qstrFromStrObj(s: number): number {
  const sw = s >> 2;
  const n = i32[sw + 2];
  const h = i32[sw + 1];
  const found = qstrFind(s + STR_HDR, n, h);
  if (found >= 0) return found;
  pushRoot(s);
  const q = Q.NSTATIC + poolAppend(s);
  hashInsert(q, h);
  popRoots(1);
  return q;
}

function poolAppend(s: number): number {
  let p = i32[R.qpool];
  const count = poolCount();
  if (p === 0 || 2 + count >= allocSize(p) >> 2) {
    const cap = count < 8 ? 16 : count * 2;
    const np = allocLasting(TV.valarr, (cap + 2) * 4);
    if (p !== 0) {
      for (let k = 0; k < count; k++) i32[(np >> 2) + 2 + k] = i32[(p >> 2) + 2 + k];
    }
    i32[(np >> 2) + 1] = (count << 1) | 1;
    i32[R.qpool] = np;
    p = np;
  }
  i32[(p >> 2) + 2 + count] = s;
  i32[(p >> 2) + 1] = ((count + 1) << 1) | 1;
  return count;
}

function hashInsert(q: number, h: number): void {
  let t = i32[R.qhash];
  const count = poolCount();
  if (t === 0 || count * 2 > (i32[(t >> 2) + 1] >> 1)) {
    let size = 32;
    while (size < count * 4) size <<= 1;
    const nt = allocLasting(TV.valarr, (size + 2) * 4);
    const nw = nt >> 2;
    i32[nw + 1] = ((size - 1) << 1) | 1;
    i32[R.qhash] = nt;
    // re-insert every run-time qstr
    for (let k = 0; k < count; k++) {
      const qq = Q.NSTATIC + k;
      if (qq === q) continue;
      const h = qstrHash(qq);
      let i = (h ^ (h << 16)) & (size - 1);
      while (i32[nw + 2 + i] !== 0) i = (i + 1) & (size - 1);
      i32[nw + 2 + i] = ((qq + 1) << 1) | 1;
    }
    t = nt;
  }
  const tw = t >> 2;
  const mask = i32[tw + 1] >> 1;
  let i = (h ^ (h << 16)) & mask;
  while (i32[tw + 2 + i] !== 0) i = (i + 1) & mask;
  i32[tw + 2 + i] = ((q + 1) << 1) | 1;
}

// ---- UTF-8 between JS strings and heap bytes ----

// Whether s has a surrogate pair at k (one character outside the BMP); a surrogate alone
// ('\ud800') is a character of its own, as in MicroPython and CPython.
export function pairAt(s: string, k: number): boolean {
  return (s.charCodeAt(k) & 0xfc00) === 0xd800 && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (pairAt(s, k)) {
      n += 4;
      k++;
    } else n += 3;
  }
  return n;
}

export function utf8Encode(s: string, p: number): void {
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c < 0x80) u8[p++] = c;
    else if (c < 0x800) {
      u8[p++] = 0xc0 | (c >> 6);
      u8[p++] = 0x80 | (c & 63);
    } else {
      if (pairAt(s, k)) {
        c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++k) - 0xdc00);
        u8[p++] = 0xf0 | (c >> 18);
        u8[p++] = 0x80 | ((c >> 12) & 63);
      } else u8[p++] = 0xe0 | (c >> 12);
      u8[p++] = 0x80 | ((c >> 6) & 63);
      u8[p++] = 0x80 | (c & 63);
    }
  }
}

export function utf8Decode(p: number, n: number): string {
  let s = "";
  const end = p + n;
  let chunk: number[] = [];
  while (p < end) {
    let c = u8[p++];
    if (c >= 0x80) {
      if (c >= 0xf0) {
        c = ((c & 7) << 18) | ((u8[p] & 63) << 12) | ((u8[p + 1] & 63) << 6) | (u8[p + 2] & 63);
        p += 3;
        c -= 0x10000;
        chunk.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
        continue;
      } else if (c >= 0xe0) {
        c = ((c & 15) << 12) | ((u8[p] & 63) << 6) | (u8[p + 1] & 63);
        p += 2;
      } else {
        c = ((c & 31) << 6) | (u8[p] & 63);
        p++;
      }
    }
    chunk.push(c);
    if (chunk.length >= 1024) {
      s += String.fromCharCode.apply(null, chunk);
      chunk = [];
    }
  }
  return s + String.fromCharCode.apply(null, chunk);
}

// Interns a JS string (compiler, builtins); returns the qstr index.
export function qstrFromJs(s: string): number {
  const n = utf8Length(s);
  const p = allocLasting(TV.str, STR_HDR + n);
  utf8Encode(s, p + STR_HDR);
  const w = p >> 2;
  i32[w + 1] = hashBytes(p + STR_HDR, n);
  i32[w + 2] = n;
  let chars = n;
  if (s.length !== n) {
    chars = 0;
    for (let k = 0; k < n; k++) if ((u8[p + STR_HDR + k] & 0xc0) !== 0x80) chars++;
  }
  i32[w + 3] = chars;
  return qstrFromStrObj(p);
}
