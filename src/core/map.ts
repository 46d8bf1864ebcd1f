// The hash table behind dict, set, module globals, class and instance namespaces.
// Insertion-ordered, as CPython's dict: a table of entry indices (open addressing, linear probing)
// in front of an array of (key, value) entries in insertion order. A deleted entry keeps its slot
// with key NULL, which no lookup matches, so it needs no tombstone of its own.
//
// dict: [type, used(si), fill(si), table]
// table (valarr): [type, mask(si), index[mask+1] (entry number + 1, as small int; 0 empty),
//                  entries: key0, value0, key1, value1, ...]

import { i32, alloc, pushRoot, popRoots } from "../gc/heap";
import { TV } from "./types";
import { hashOf, equals } from "./runtime";

// the words of a dict after its type
export const enum D {
  USED = 1,
  FILL = 2,
  TABLE = 3,
}

export function newDict(type?: number): number {
  const p = alloc(type || TV.dict, 16);
  i32[(p >> 2) + D.USED] = i32[(p >> 2) + D.FILL] = 1;
  return p;
}

export function dictLen(d: number): number {
  return i32[(d >> 2) + D.USED] >> 1;
}

function capOf(size: number): number {
  return (size * 3) >> 2;
}

// word index of entry 0 of a table
export function entriesBase(t: number): number {
  const size = (i32[(t >> 2) + 1] >> 1) + 1;
  return (t >> 2) + 2 + size;
}

// Finds key; returns the word index of its entry (key word) or -1. hash is the key's hash.
function find(d: number, key: number, h: number): number {
  const t = i32[(d >> 2) + D.TABLE];
  if (t === 0) return -1;
  const tw = t >> 2;
  const mask = i32[tw + 1] >> 1;
  const eb = tw + 2 + mask + 1;
  // (a str's hash has 16 bits, MicroPython's: h << 16 spreads them over a table of more slots)
  let i = (h ^ (h << 16)) & mask;
  for (;;) {
    const s = i32[tw + 2 + i];
    if (s === 0) return -1;
    const e = eb + ((s >> 1) - 1) * 2;
    const k = i32[e];
    if (k === key) return e;
    // two small ints or two interned strs that differ are not equal
    if (k !== 0 && !(k & key & 1) && !((k & 3) === 2 && (key & 3) === 2)) {
      if (hashOf(k) === h && equals(k, key)) return e;
    }
    i = (i + 1) & mask;
  }
}

export function dictGet(d: number, key: number): number {
  const e = find(d, key, hashOf(key));
  return e < 0 ? 0 : i32[e + 1];
}

// The entry word index for key, or -1.
export function dictFind(d: number, key: number): number {
  return find(d, key, hashOf(key));
}

function resize(d: number, size: number): void {
  const dw = d >> 2;
  const old = i32[dw + D.TABLE];
  const used = i32[dw + D.USED] >> 1;
  pushRoot(d);
  pushRoot(old);
  const t = alloc(TV.valarr, (2 + size + capOf(size) * 2) * 4);
  popRoots(2);
  const tw = t >> 2;
  i32[tw + 1] = ((size - 1) << 1) | 1;
  const eb = tw + 2 + size;
  let n = 0;
  if (old !== 0) {
    const ow = old >> 2;
    const oldSize = (i32[ow + 1] >> 1) + 1;
    const oeb = ow + 2 + oldSize;
    const fill = i32[dw + D.FILL] >> 1;
    for (let k = 0; k < fill; k++) {
      const key = i32[oeb + 2 * k];
      if (key === 0) continue;
      i32[eb + 2 * n] = key;
      i32[eb + 2 * n + 1] = i32[oeb + 2 * k + 1];
      const h = hashOf(key);
      let i = (h ^ (h << 16)) & (size - 1);
      while (i32[tw + 2 + i] !== 0) i = (i + 1) & (size - 1);
      i32[tw + 2 + i] = ((n + 1) << 1) | 1;
      n++;
    }
  }
  i32[dw + D.TABLE] = t;
  i32[dw + D.FILL] = (n << 1) | 1;
  i32[dw + D.USED] = (used << 1) | 1;
}

export function dictSet(d: number, key: number, value: number): void {
  const h = hashOf(key);
  const e = find(d, key, h);
  if (e >= 0) {
    i32[e + 1] = value;
    return;
  }
  const dw = d >> 2;
  let t = i32[dw + D.TABLE];
  const fill = i32[dw + D.FILL] >> 1;
  if (t === 0 || fill >= capOf((i32[(t >> 2) + 1] >> 1) + 1)) {
    const used = i32[dw + D.USED] >> 1;
    let size = 4;
    while (capOf(size) <= used + 1) size <<= 1;
    pushRoot(key);
    pushRoot(value);
    resize(d, size);
    popRoots(2);
    t = i32[dw + D.TABLE];
  }
  const tw = t >> 2;
  const mask = i32[tw + 1] >> 1;
  const n = i32[dw + D.FILL] >> 1;
  const e2 = tw + 2 + mask + 1 + 2 * n;
  i32[e2] = key;
  i32[e2 + 1] = value;
  let i = (h ^ (h << 16)) & mask;
  while (i32[tw + 2 + i] !== 0) i = (i + 1) & mask;
  i32[tw + 2 + i] = ((n + 1) << 1) | 1;
  // (small ints (n << 1) | 1: n + 1 is 2 more)
  i32[dw + D.FILL] += 2;
  i32[dw + D.USED] += 2;
}

// Removes key; returns its value, or 0 when absent.
export function dictDelete(d: number, key: number): number {
  const e = find(d, key, hashOf(key));
  if (e < 0) return 0;
  const v = i32[e + 1];
  i32[e] = 0;
  i32[e + 1] = 0;
  i32[(d >> 2) + D.USED] -= 2;
  return v;
}

export function dictClear(d: number): void {
  const dw = d >> 2;
  i32[dw + D.TABLE] = 0;
  i32[dw + D.USED] = i32[dw + D.FILL] = 1;
}

// Iteration: pos from 0; returns the word index of the next live entry at or after pos, or -1.
// The next position is (returned index - entriesBase) / 2 + 1.
export function dictFill(d: number): number {
  return i32[(d >> 2) + D.FILL] >> 1;
}
export function dictEntry(d: number, pos: number): number {
  const t = i32[(d >> 2) + D.TABLE];
  if (t === 0) return -1;
  const eb = entriesBase(t);
  const fill = i32[(d >> 2) + D.FILL] >> 1;
  while (pos < fill) {
    if (i32[eb + 2 * pos] !== 0) return eb + 2 * pos;
    pos++;
  }
  return -1;
}
export function entryPos(d: number, e: number): number {
  return ((e - entriesBase(i32[(d >> 2) + D.TABLE])) >> 1) + 1;
}
