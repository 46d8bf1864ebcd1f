// random: MicroPython's generator (Yasmarang, by Ilya Levin, public domain) and its functions,
// giving MicroPython's sequences for a given seed; seeded from the clock at first import.

import { i32, pushRoot, popRoots, checkHostLen } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, raise, valueError, mkInt, newFloat, typeOf, listLen, listItems } from "../core/obj";
import { qv, lenOf, getitem, setitem } from "../core/runtime";
import { toMpz, fromMpz } from "../core/int";
import * as mpz from "../core/mpz";
import { defModule } from "./modules";
import { toFloat, toInt } from "./modutil";
import { asIndex } from "./objrange";
import { asInt } from "./objint";

let pad = 0xeda4baba,
  yn = 69,
  yd = 233,
  dat = 0;

function mul32(a: number, b: number): number {
  const al = a & 0xffff,
    ah = a >>> 16,
    bl = b & 0xffff,
    bh = b >>> 16;
  return (al * bl + (((ah * bl + al * bh) & 0xffff) << 16)) >>> 0;
}

function next(): number {
  pad = (pad + dat + mul32(yd, yn)) >>> 0;
  pad = ((pad << 3) | (pad >>> 29)) >>> 0;
  yn = (pad | 2) >>> 0;
  yd = (yd ^ ((pad << 31) | (pad >>> 1))) >>> 0;
  dat = (dat ^ (pad & 255) ^ (yd >>> 8) ^ 1) & 255;
  return (pad ^ (yd << 5) ^ (pad >>> 18) ^ (dat << 1)) >>> 0;
}

function seed(s: number): void {
  pad = s >>> 0;
  yn = 69;
  yd = 233;
  dat = 0;
}

// an integer below n (n > 0, below 2^32)
function below(n: number): number {
  let mask = 1;
  while ((n & mask) >>> 0 < n) mask = ((mask << 1) | 1) >>> 0;
  let r: number;
  do r = (next() & mask) >>> 0;
  while (r >= n);
  return r;
}

function float01(): number {
  const hi = next() & 0xfffff;
  const lo = next();
  return (hi * 4294967296 + lo) / 4503599627370496;
}

const SEED = defNative(Q.seed, 0, 1, function (a, n) {
  if (n === 0 || i32[a] === C.None) seed((Date.now() ^ (Math.random() * 4294967296)) >>> 0);
  else {
    const v = asInt(asIndex(i32[a]));
    if (v & 1) seed(v >> 1);
    else {
      const b = mpz.toBytes(mpz.and(toMpz(v), mpz.fromNumber(4294967295)), 4, false, false) as number[];
      seed(b[0] + b[1] * 256 + b[2] * 65536 + b[3] * 16777216);
    }
  }
  return C.None;
});

const GETRANDBITS = defNative(Q.getrandbits, 1, 1, function (a) {
  let k = toInt(i32[a]);
  if (k < 0) valueError("number of bits must be non-negative");
  if (k <= 32) return mkInt(k === 0 ? 0 : (next() & (0xffffffff >>> (32 - k))) >>> 0);
  // more than 32 bits: 32-bit words from the least significant up (CPython allows any k)
  checkHostLen(k / 8);
  const d: number[] = [];
  while (k > 0) {
    let w = next();
    if (k < 32) w = (w & (0xffffffff >>> (32 - k))) >>> 0;
    d.push(w & 0xffff, w >>> 16);
    k -= 32;
  }
  return fromMpz({ neg: false, d: mpz.norm(d) });
});

function rangeErr(): never {
  raise(tv(T.ValueError));
}

const RANDRANGE = defNative(Q.randrange, 1, 3, function (a, n) {
  const start = toInt(i32[a]);
  if (n === 1) {
    if (start > 0) return mkInt(below(start));
    rangeErr();
  }
  const stop = toInt(i32[a + 1]);
  if (n === 2) {
    if (start < stop) return mkInt(start + below(stop - start));
    rangeErr();
  }
  const step = toInt(i32[a + 2]);
  let m: number;
  if (step > 0) m = (stop - start + step - 1) / step;
  else if (step < 0) m = (stop - start + step + 1) / step;
  else rangeErr();
  m = m < 0 ? Math.ceil(m) : Math.floor(m);
  if (m > 0) return mkInt(start + step * below(m));
  rangeErr();
});

const RANDINT = defNative(Q.randint, 2, 2, function (a) {
  const lo = toInt(i32[a]),
    hi = toInt(i32[a + 1]);
  if (lo > hi) rangeErr();
  return mkInt(lo + below(hi - lo + 1));
});

const CHOICE = defNative(Q.choice, 1, 1, function (a) {
  const n = lenOf(i32[a]);
  if (n <= 0) raise(tv(T.IndexError));
  return getitem(i32[a], mkInt(below(n)));
});

const RANDOM = defNative(Q.random, 0, 0, function () {
  return newFloat(float01());
});

const UNIFORM = defNative(Q.uniform, 2, 2, function (a) {
  const x = toFloat(i32[a]),
    y = toFloat(i32[a + 1]);
  return newFloat(x + (y - x) * float01());
});

// shuffle(x): Fisher-Yates from the end, as CPython's
const SHUFFLE = defNative(Q.shuffle, 1, 1, function (a) {
  const x = i32[a];
  if (typeOf(x) === TV.list) {
    const it = listItems(x);
    for (let k = listLen(x) - 1; k > 0; k--) {
      const j = below(k + 1);
      const t = i32[it + k];
      i32[it + k] = i32[it + j];
      i32[it + j] = t;
    }
    return C.None;
  }
  for (let k = lenOf(x) - 1; k > 0; k--) {
    const j = below(k + 1);
    const vk = getitem(x, mkInt(k));
    pushRoot(vk);
    setitem(x, mkInt(k), getitem(x, mkInt(j)));
    setitem(x, mkInt(j), vk);
    popRoots(1);
  }
  return C.None;
});

export function initRandom(): void {
  seed((Date.now() ^ (Math.random() * 4294967296)) >>> 0);
  const table = function () {
    return [
      qv(Q.seed), SEED, qv(Q.getrandbits), GETRANDBITS, qv(Q.randrange), RANDRANGE, qv(Q.randint), RANDINT,
      qv(Q.choice), CHOICE, qv(Q.random), RANDOM, qv(Q.uniform), UNIFORM, qv(Q.shuffle), SHUFFLE,
    ];
  };
  defModule(Q.random, table);
}


