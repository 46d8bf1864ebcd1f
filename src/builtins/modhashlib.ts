// hashlib: sha256, sha1 and md5, streaming. An object is [type, algorithm(si), state] with the
// state in a TV.rawbuf: 8 words of hash, the message length in bytes (two words: low, high), then
// the 64-byte pending block.

import { i32, u8, alloc, pushRoot, popRoots } from "../gc/heap";
import { C, TV, STR_HDR } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, newTypeIndex, romMap, typeOf, typeName, typeError, valueError, mkInt, isStr, toJs, newStr } from "../core/obj";
import { qv } from "../core/runtime";
import { defModule } from "./modules";
import { bytesTxt, newBytesFrom } from "./objbytes";
import { named } from "./modutil";

const SHA256 = 0,
  SHA1 = 1,
  MD5 = 2;
const ANAMES = ["sha256", "sha1", "md5"];
const DSIZE = [32, 20, 16];

let T_HASH = 0;

const K256 = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const INIT = [
  [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19],
  [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0],
  [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
];
// md5: per-round shifts and the sines table
const S5 = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K5 = [0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391];

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

// compresses the 64-byte block at byte address b into the hash words h (a JS array)
function compress(alg: number, h: number[], b: number): void {
  const w: number[] = [];
  if (alg === MD5) {
    for (let k = 0; k < 16; k++) w.push(u8[b + 4 * k] | (u8[b + 4 * k + 1] << 8) | (u8[b + 4 * k + 2] << 16) | (u8[b + 4 * k + 3] << 24));
    let a = h[0],
      bb = h[1],
      c = h[2],
      d = h[3];
    for (let k = 0; k < 64; k++) {
      let f: number, g: number;
      const r = k >> 4;
      if (r === 0) {
        f = (bb & c) | (~bb & d);
        g = k;
      } else if (r === 1) {
        f = (d & bb) | (~d & c);
        g = (5 * k + 1) & 15;
      } else if (r === 2) {
        f = bb ^ c ^ d;
        g = (3 * k + 5) & 15;
      } else {
        f = c ^ (bb | ~d);
        g = (7 * k) & 15;
      }
      const t = d;
      d = c;
      c = bb;
      bb = (bb + rotl((a + f + (K5[k] | 0) + w[g]) | 0, S5[(r << 2) | (k & 3)])) | 0;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + bb) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    return;
  }
  for (let k = 0; k < 16; k++) w.push((u8[b + 4 * k] << 24) | (u8[b + 4 * k + 1] << 16) | (u8[b + 4 * k + 2] << 8) | u8[b + 4 * k + 3]);
  if (alg === SHA1) {
    for (let k = 16; k < 80; k++) w.push(rotl(w[k - 3] ^ w[k - 8] ^ w[k - 14] ^ w[k - 16], 1));
    let a = h[0],
      bb = h[1],
      c = h[2],
      d = h[3],
      e = h[4];
    for (let k = 0; k < 80; k++) {
      const f = k < 20 ? (bb & c) | (~bb & d) : k < 40 || k >= 60 ? bb ^ c ^ d : (bb & c) | (bb & d) | (c & d);
      const kk = k < 20 ? 0x5a827999 : k < 40 ? 0x6ed9eba1 : k < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const t = (rotl(a, 5) + f + e + kk + w[k]) | 0;
      e = d;
      d = c;
      c = rotl(bb, 30);
      bb = a;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + bb) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    return;
  }
  for (let k = 16; k < 64; k++) {
    const x = w[k - 15],
      y = w[k - 2];
    const s0 = rotl(x, 25) ^ rotl(x, 14) ^ (x >>> 3);
    const s1 = rotl(y, 15) ^ rotl(y, 13) ^ (y >>> 10);
    w.push((w[k - 16] + s0 + w[k - 7] + s1) | 0);
  }
  let a = h[0],
    bb = h[1],
    c = h[2],
    d = h[3],
    e = h[4],
    f = h[5],
    g = h[6],
    hh = h[7];
  for (let k = 0; k < 64; k++) {
    const S1 = rotl(e, 26) ^ rotl(e, 21) ^ rotl(e, 7);
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + K256[k] + w[k]) | 0;
    const S0 = rotl(a, 30) ^ rotl(a, 19) ^ rotl(a, 10);
    const maj = (a & bb) ^ (a & c) ^ (bb & c);
    const t2 = (S0 + maj) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = bb;
    bb = a;
    a = (t1 + t2) | 0;
  }
  const v = [a, bb, c, d, e, f, g, hh];
  for (let k = 0; k < 8; k++) h[k] = (h[k] + v[k]) | 0;
}

// state words: 0..7 hash, 8 length low, 9 length high; pending block at byte 40
function stateAddr(o: number): number {
  return i32[(o >> 2) + 2] + STR_HDR;
}

function update(o: number, s: string): void {
  const alg = i32[(o >> 2) + 1] >> 1;
  const p = stateAddr(o);
  const w = p >> 2;
  const h: number[] = [];
  for (let k = 0; k < 8; k++) h.push(i32[w + k]);
  let lo = i32[w + 8] >>> 0;
  for (let k = 0; k < s.length; k++) {
    const fill = lo & 63;
    u8[p + 40 + fill] = s.charCodeAt(k);
    lo = (lo + 1) >>> 0;
    if (lo === 0) i32[w + 9]++;
    if (fill === 63) compress(alg, h, p + 40);
  }
  i32[w + 8] = lo | 0;
  for (let k = 0; k < 8; k++) i32[w + k] = h[k] | 0;
}

function newHash(alg: number): number {
  const st = alloc(TV.rawbuf, STR_HDR + 104);
  pushRoot(st);
  const o = alloc(T_HASH, 12);
  popRoots(1);
  i32[(o >> 2) + 1] = (alg << 1) | 1;
  i32[(o >> 2) + 2] = st;
  const w = (st + STR_HDR) >> 2;
  for (let k = 0; k < INIT[alg].length; k++) i32[w + k] = INIT[alg][k] | 0;
  return o;
}

function dataOf(v: number): string {
  const t = bytesTxt(v);
  if (t === null || isStr(v)) typeError(isStr(v) ? "Strings must be encoded before hashing" : "object supporting the buffer API required");
  return t;
}

function digestOf(o: number): number[] {
  const alg = i32[(o >> 2) + 1] >> 1;
  const p = stateAddr(o);
  const w = p >> 2;
  const h: number[] = [];
  for (let k = 0; k < 8; k++) h.push(i32[w + k]);
  const lo = i32[w + 8] >>> 0,
    hi = i32[w + 9] >>> 0;
  // pad a copy of the pending block: 0x80, zeros, the length in bits
  const blk: number[] = [];
  const fill = lo & 63;
  for (let k = 0; k < fill; k++) blk.push(u8[p + 40 + k]);
  blk.push(0x80);
  while ((blk.length & 63) !== 56) blk.push(0);
  const bitsLo = (lo << 3) >>> 0,
    bitsHi = ((hi << 3) | (lo >>> 29)) >>> 0;
  const len = [bitsHi >>> 24, (bitsHi >>> 16) & 255, (bitsHi >>> 8) & 255, bitsHi & 255, bitsLo >>> 24, (bitsLo >>> 16) & 255, (bitsLo >>> 8) & 255, bitsLo & 255];
  for (let k = 0; k < 8; k++) blk.push(alg === MD5 ? len[7 - k] : len[k]);
  // the padding blocks go through a scratch buffer
  const scratch = alloc(TV.rawbuf, STR_HDR + 64);
  const sp = scratch + STR_HDR;
  for (let b = 0; b < blk.length; b += 64) {
    for (let k = 0; k < 64; k++) u8[sp + k] = blk[b + k];
    compress(alg, h, sp);
  }
  const out: number[] = [];
  for (let k = 0; k < DSIZE[alg] >> 2; k++) {
    const x = h[k];
    if (alg === MD5) out.push(x & 255, (x >>> 8) & 255, (x >>> 16) & 255, x >>> 24);
    else out.push(x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255);
  }
  return out;
}

const UPDATE = defNative(Q.update, 2, 2, function (a) {
  update(i32[a], dataOf(i32[a + 1]));
  return C.None;
});
const DIGEST = defNative(Q.digest, 1, 1, function (a) {
  const d = digestOf(i32[a]);
  return newBytesFrom(TV.bytes, String.fromCharCode.apply(null, d));
});
const HEXDIGEST = defNative(Q.hexdigest, 1, 1, function (a) {
  const d = digestOf(i32[a]);
  let s = "";
  for (let k = 0; k < d.length; k++) s += (d[k] < 16 ? "0" : "") + d[k].toString(16);
  return newStr(s);
});
const COPY = defNative(Q.copy, 1, 1, function (a) {
  const src = i32[a];
  const o = newHash(i32[(src >> 2) + 1] >> 1);
  const p = stateAddr(src),
    q = stateAddr(o);
  for (let k = 0; k < 104; k++) u8[q + k] = u8[p + k];
  return o;
});

function ctor(alg: number) {
  return function (a: number, n: number): number {
    const o = newHash(alg);
    if (n > 0) {
      pushRoot(o);
      update(o, dataOf(i32[a]));
      popRoots(1);
    }
    return o;
  };
}
const MAKERS = [defNative(Q.sha256, 0, 1, ctor(SHA256)), defNative(Q.sha1, 0, 1, ctor(SHA1)), defNative(Q.md5, 0, 1, ctor(MD5))];

const NEW = defNative(Q.new, 1, 2, function (a, n) {
  const name = isStr(i32[a]) ? toJs(i32[a]).toLowerCase().replace("-", "") : "";
  const alg = ANAMES.indexOf(name);
  if (alg < 0) valueError("unsupported hash type " + (isStr(i32[a]) ? toJs(i32[a]) : typeName(typeOf(i32[a]))));
  const o = newHash(alg);
  if (n > 1) {
    pushRoot(o);
    update(o, dataOf(i32[a + 1]));
    popRoots(1);
  }
  return o;
});

function initHashType(): void {
  T_HASH = defType(newTypeIndex(), Q.hash, TV.object, {
    repr: function (o) {
      return "<" + ANAMES[i32[(o >> 2) + 1] >> 1] + " HASH object>";
    },
    attr: function (o, q) {
      const alg = i32[(o >> 2) + 1] >> 1;
      if (q === qv(Q.name)) return newStr(ANAMES[alg]);
      if (q === qv(Q.digest_size)) return mkInt(DSIZE[alg]);
      if (q === qv(Q.block_size)) return mkInt(64);
      return 0;
    },
    locals: romMap(named([UPDATE, DIGEST, HEXDIGEST, COPY])),
  });
}

export function initHashlib(): void {
  const table = function () {
    if (T_HASH === 0) initHashType();
    return [qv(Q.sha256), MAKERS[0], qv(Q.sha1), MAKERS[1], qv(Q.md5), MAKERS[2], qv(Q.new), NEW];
  };
  defModule(Q.hashlib, table);
}

