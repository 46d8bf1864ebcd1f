// binascii: hex and base64 conversions and crc32, as CPython's (binascii.Error is a ValueError).

import { i32 } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, raise, typeError, mkInt, isStr, toJs, typeOf, typeName } from "../core/obj";
import { qv, truthy } from "../core/runtime";
import { defModule } from "./modules";
import { bytesTxt, newBytesFrom } from "./objbytes";
import { kwArg, toInt, defExcType } from "./modutil";

let ERR = 0;
function errType(): number {
  if (ERR === 0) ERR = defExcType(Q.Error, tv(T.ValueError));
  return ERR;
}
function err(msg: string): never {
  raise(errType(), msg);
}

// the bytes of a bytes-like value, or (ascii) of an ASCII str
function data(v: number, ascii: boolean): string {
  if (ascii && isStr(v)) {
    const s = toJs(v);
    if (!/^[\x00-\x7f]*$/.test(s)) raise(tv(T.ValueError), "string argument should contain only ASCII characters");
    return s;
  }
  const t = bytesTxt(v);
  if (t === null || isStr(v)) typeError("a bytes-like object is required, not '" + typeName(typeOf(v)) + "'");
  return t;
}

const HEX = "0123456789abcdef";

const HEXLIFY = defNative(Q.hexlify, 1, 3, function (a, n, kw, nkw) {
  const s = data(i32[a], false);
  const sv = n > 1 ? i32[a + 1] : kwArg(kw, nkw, Q.sep);
  const bv = n > 2 ? i32[a + 2] : kwArg(kw, nkw, Q.bytes_per_sep);
  let sep = "";
  if (sv !== 0 && sv !== C.None) {
    sep = isStr(sv) ? toJs(sv) : data(sv, false);
    if (sep.length !== 1) raise(tv(T.ValueError), "sep must be length 1.");
  }
  const per = bv === 0 ? 1 : toInt(bv);
  const g = per < 0 ? -per : per;
  let out = "";
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (sep && g > 0 && k > 0 && (per > 0 ? (s.length - k) % g === 0 : k % g === 0)) out += sep;
    out += HEX.charAt(c >> 4) + HEX.charAt(c & 15);
  }
  return newBytesFrom(TV.bytes, out);
});

const UNHEXLIFY = defNative(Q.unhexlify, 1, 1, function (a) {
  const s = data(i32[a], true);
  if (s.length & 1) err("Odd-length string");
  let out = "";
  for (let k = 0; k < s.length; k += 2) {
    const h = HEX.indexOf(s.charAt(k).toLowerCase()),
      l = HEX.indexOf(s.charAt(k + 1).toLowerCase());
    if (h < 0 || l < 0) err("Non-hexadecimal digit found");
    out += String.fromCharCode(h * 16 + l);
  }
  return newBytesFrom(TV.bytes, out);
});

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

const B2A = defNative(Q.b2a_base64, 1, 1, function (a, n, kw, nkw) {
  const s = data(i32[a], false);
  const nl = kwArg(kw, nkw, Q.newline);
  let out = "";
  for (let k = 0; k < s.length; k += 3) {
    const b0 = s.charCodeAt(k),
      b1 = k + 1 < s.length ? s.charCodeAt(k + 1) : 0,
      b2 = k + 2 < s.length ? s.charCodeAt(k + 2) : 0;
    out += B64.charAt(b0 >> 2) + B64.charAt(((b0 & 3) << 4) | (b1 >> 4));
    out += k + 1 < s.length ? B64.charAt(((b1 & 15) << 2) | (b2 >> 6)) : "=";
    out += k + 2 < s.length ? B64.charAt(b2 & 63) : "=";
  }
  return newBytesFrom(TV.bytes, nl === 0 || truthy(nl) ? out + "\n" : out);
});

// CPython's non-strict decoder: characters outside the alphabet are skipped; a pad ends the data
const A2B = defNative(Q.a2b_base64, 1, 1, function (a) {
  const s = data(i32[a], true);
  let out = "",
    quad = 0,
    left = 0,
    pads = 0;
  for (let k = 0; k < s.length; k++) {
    const ch = s.charAt(k);
    if (ch === "=") {
      if (quad >= 2 && quad + ++pads >= 4) {
        quad = 0;
        break;
      }
      continue;
    }
    const v = B64.indexOf(ch);
    if (v < 0) continue;
    pads = 0;
    if (quad === 0) left = v;
    else if (quad === 1) {
      out += String.fromCharCode(((left << 2) | (v >> 4)) & 255);
      left = v & 15;
    } else if (quad === 2) {
      out += String.fromCharCode(((left << 4) | (v >> 2)) & 255);
      left = v & 3;
    } else out += String.fromCharCode(((left << 6) | v) & 255);
    quad = (quad + 1) & 3;
  }
  if (quad === 1) err("Invalid base64-encoded string: number of data characters (" + ((out.length / 3) * 4 + 1) + ") cannot be 1 more than a multiple of 4");
  if (quad !== 0) err("Incorrect padding");
  return newBytesFrom(TV.bytes, out);
});

let CRC: number[] | null = null;
export function crc32(s: string, crc: number): number {
  if (CRC === null) {
    CRC = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC.push(c >>> 0);
    }
  }
  crc = ~crc;
  for (let k = 0; k < s.length; k++) crc = CRC[(crc ^ s.charCodeAt(k)) & 255] ^ (crc >>> 8);
  return ~crc >>> 0;
}

const CRC32 = defNative(Q.crc32, 1, 2, function (a, n) {
  let init = 0;
  if (n > 1) {
    const v = i32[a + 1];
    init = v & 1 ? (v >> 1) >>> 0 : toInt(v) >>> 0;
  }
  return mkInt(crc32(data(i32[a], false), init));
});

export function initBinascii(): void {
  const table = function () {
    return [
      qv(Q.hexlify), HEXLIFY, qv(Q.unhexlify), UNHEXLIFY, qv(Q.b2a_hex), HEXLIFY, qv(Q.a2b_hex), UNHEXLIFY,
      qv(Q.b2a_base64), B2A, qv(Q.a2b_base64), A2B, qv(Q.crc32), CRC32, qv(Q.Error), errType(),
    ];
  };
  defModule(Q.binascii, table);
}
