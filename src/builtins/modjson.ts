// json: dumps/dump (separators, indent, sort_keys, default, ensure_ascii) and loads/load.
// Output is CPython's for every value both accept; as MicroPython, non-ASCII text is written as
// it is unless ensure_ascii=True. Decoding errors are ValueError (json.JSONDecodeError).

import { i32, pushRoot, popRoots, rsp, setRsp, checkHostLen } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, typeOf, typeName, isStr, toJs, newStr, newFloat, isFloat, floatVal, raise, typeError, valueError, newList, listAppend, listLen, listItems, tupleLen, isSubtype, mkInt } from "../core/obj";
import { qv, call0, call1, getattr, nativeSelf, truthy } from "../core/runtime";
import { isBig, intToString, intFromString } from "../core/int";
import { reprFloat, parseFloat as parseFloatText } from "../core/floatfmt";
import { newDict, dictSet } from "../core/map";
import { defModule } from "./modules";
import { dictForEach } from "./objdict";
import { bytesTxt } from "./objbytes";
import { kwArg, defExcType } from "./modutil";

let ERR = 0;
function decodeErr(): number {
  if (ERR === 0) ERR = defExcType(Q.JSONDecodeError, tv(T.ValueError));
  return ERR;
}

// ---- encoding ----

interface Opts {
  item: string;
  key: string;
  indent: string | null;
  sort: boolean;
  ascii: boolean;
  dflt: number; // 0: none
}

function quote(s: string, ascii: boolean): string {
  let out = '"';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const ch = s.charAt(k);
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c < 32 || (ascii && c > 126)) out += "\\u" + ("000" + c.toString(16)).slice(-4);
    else out += ch;
  }
  return out + '"';
}

function floatText(x: number): string {
  if (x !== x) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  return reprFloat(x);
}

// scalar text of v, or null for containers and other objects
function scalar(v: number, o: Opts): string | null {
  if (v === C.None) return "null";
  if (v === C.True) return "true";
  if (v === C.False) return "false";
  if (v & 1 || isBig(v)) return intToString(v, 10);
  if (isStr(v)) return quote(toJs(v), o.ascii);
  if (isFloat(v)) return floatText(floatVal(v));
  const s = nativeSelf(v);
  if (s !== v) {
    const t = typeOf(s);
    if (t === TV.int) return intToString(s, 10);
    if (t === TV.float) return floatText(floatVal(s));
    if (t === TV.str) return quote(toJs(s), o.ascii);
  }
  return null;
}

function isDictLike(v: number): boolean {
  return isSubtype(typeOf(nativeSelf(v)), TV.dict);
}

function enc(v: number, o: Opts, depth: number, stack: number[]): string {
  const s = scalar(v, o);
  if (s !== null) return s;
  for (let k = 0; k < stack.length; k++) if (stack[k] === v) valueError("Circular reference detected");
  if (depth > 200) raise(tv(T.RuntimeError), "maximum recursion depth exceeded");
  const nl = o.indent === null ? "" : "\n" + rep(o.indent, depth + 1);
  const end = o.indent === null ? "" : "\n" + rep(o.indent, depth);
  const nv = nativeSelf(v);
  const t = typeOf(nv);
  stack.push(v);
  let out: string;
  if (t === TV.list || t === TV.tuple) {
    const n = t === TV.list ? listLen(nv) : tupleLen(nv);
    if (n === 0) out = "[]";
    else {
      out = "[";
      for (let k = 0; k < (t === TV.list ? listLen(nv) : n); k++) {
        const item = t === TV.list ? i32[listItems(nv) + k] : i32[(nv >> 2) + 2 + k];
        out += (k > 0 ? o.item : "") + nl + enc(item, o, depth + 1, stack);
        checkHostLen(out.length);
      }
      out += end + "]";
    }
  } else if (isDictLike(v)) {
    const base = rsp;
    // snapshot the entries (keys and values stay reachable through the dict being encoded)
    const pairs: number[] = [];
    dictForEach(nv, function (e) {
      pairs.push(i32[e], i32[e + 1]);
    });
    const keys: string[] = [];
    for (let k = 0; k < pairs.length; k += 2) {
      const key = pairs[k];
      let ks: string;
      if (isStr(key)) ks = toJs(key);
      else if (isFloat(key)) ks = floatText(floatVal(key));
      else if (key === C.None || key === C.True || key === C.False || key & 1 || isBig(key)) ks = scalar(key, o) as string;
      else typeError("keys must be str, int, float, bool or None, not " + typeName(typeOf(key)));
      keys.push(ks);
    }
    const order: number[] = [];
    for (let k = 0; k < keys.length; k++) order.push(k);
    if (o.sort) {
      for (let k = 0; k < pairs.length; k += 2) if (!isStr(pairs[k])) typeError("'<' not supported between instances of '" + typeName(typeOf(pairs[k])) + "' and 'str'");
      order.sort(function (x, y) {
        return keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : 0;
      });
    }
    if (order.length === 0) out = "{}";
    else {
      out = "{";
      for (let j = 0; j < order.length; j++) {
        const k = order[j];
        out += (j > 0 ? o.item : "") + nl + quote(keys[k], o.ascii) + o.key + enc(pairs[2 * k + 1], o, depth + 1, stack);
        checkHostLen(out.length);
      }
      out += end + "}";
    }
    setRsp(base);
  } else if (o.dflt !== 0) {
    const r = call1(o.dflt, v);
    pushRoot(r);
    out = enc(r, o, depth, stack);
    popRoots(1);
  } else typeError("Object of type " + typeName(typeOf(v)) + " is not JSON serializable");
  stack.pop();
  return out;
}

function rep(s: string, n: number): string {
  let r = "";
  for (let k = 0; k < n; k++) r += s;
  return r;
}

function options(kw: number, nkw: number): Opts {
  const o: Opts = { item: ", ", key: ": ", indent: null, sort: false, ascii: false, dflt: 0 };
  const ind = kwArg(kw, nkw, Q.indent);
  if (ind !== 0 && ind !== C.None) {
    o.indent = isStr(ind) ? toJs(ind) : rep(" ", ind >> 1);
    o.item = ",";
  }
  const sep = kwArg(kw, nkw, Q.separators);
  if (sep !== 0 && sep !== C.None) {
    const sv = nativeSelf(sep);
    const n = typeOf(sv) === TV.tuple ? tupleLen(sv) : typeOf(sv) === TV.list ? listLen(sv) : -1;
    if (n !== 2) valueError("separators must be a pair of strings");
    const it = typeOf(sv) === TV.tuple ? (sv >> 2) + 2 : listItems(sv);
    o.item = toJs(i32[it]);
    o.key = toJs(i32[it + 1]);
  }
  const sk = kwArg(kw, nkw, Q.sort_keys);
  o.sort = sk !== 0 && truthy(sk);
  const ea = kwArg(kw, nkw, Q.ensure_ascii);
  o.ascii = ea !== 0 && truthy(ea);
  const d = kwArg(kw, nkw, Q.default);
  o.dflt = d === 0 || d === C.None ? 0 : d;
  return o;
}

const DUMPS = defNative(Q.dumps, 1, 1, function (a, n, kw, nkw) {
  return newStr(enc(i32[a], options(kw, nkw), 0, []));
});

const DUMP = defNative(Q.dump, 2, 2, function (a, n, kw, nkw) {
  const s = newStr(enc(i32[a], options(kw, nkw), 0, []));
  pushRoot(s);
  call1(getattr(i32[a + 1], qv(Q.write)), s);
  popRoots(1);
  return C.None;
});

// ---- decoding ----

let src = "";
let pos = 0;

function fail(msg: string, at: number): never {
  const before = src.substring(0, at);
  const line = before.split("\n").length;
  const col = at - before.lastIndexOf("\n");
  raise(decodeErr(), msg + ": line " + line + " column " + col + " (char " + at + ")");
}

function ws(): void {
  for (;;) {
    const c = src.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
    else return;
  }
}

function parseStr(): number {
  const start = pos - 1;
  let out = "";
  for (;;) {
    if (pos >= src.length) fail("Unterminated string starting at", start);
    const c = src.charCodeAt(pos++);
    if (c === 34) break;
    if (c === 92) {
      const e = src.charAt(pos++);
      const m = '"\\/bfnrt'.indexOf(e);
      if (m >= 0) out += '"\\/\b\f\n\r\t'.charAt(m);
      else if (e === "u") {
        const h = src.substring(pos, pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) fail("Invalid \\uXXXX escape", pos - 1);
        out += String.fromCharCode(parseInt(h, 16));
        pos += 4;
      } else fail("Invalid \\escape", pos - 2);
    } else if (c < 32) fail("Invalid control character at", pos - 1);
    else out += String.fromCharCode(c);
  }
  return newStr(out);
}

function parseValue(depth: number): number {
  ws();
  const c = src.charAt(pos);
  if (depth > 1000) raise(tv(T.RuntimeError), "maximum recursion depth exceeded");
  if (c === '"') {
    pos++;
    return parseStr();
  }
  if (c === "{") {
    pos++;
    const d = newDict();
    pushRoot(d);
    ws();
    if (src.charAt(pos) === "}") pos++;
    else
      for (;;) {
        ws();
        if (src.charAt(pos) !== '"') fail("Expecting property name enclosed in double quotes", pos);
        pos++;
        const k = parseStr();
        pushRoot(k);
        ws();
        if (src.charAt(pos) !== ":") fail("Expecting ':' delimiter", pos);
        pos++;
        const v = parseValue(depth + 1);
        dictSet(d, k, v);
        popRoots(1);
        ws();
        const s = src.charAt(pos++);
        if (s === "}") break;
        if (s !== ",") fail("Expecting ',' delimiter", pos - 1);
      }
    popRoots(1);
    return d;
  }
  if (c === "[") {
    pos++;
    const l = newList(0);
    pushRoot(l);
    ws();
    if (src.charAt(pos) === "]") pos++;
    else
      for (;;) {
        listAppend(l, parseValue(depth + 1));
        ws();
        const s = src.charAt(pos++);
        if (s === "]") break;
        if (s !== ",") fail("Expecting ',' delimiter", pos - 1);
      }
    popRoots(1);
    return l;
  }
  const words = ["null", "true", "false", "NaN", "Infinity", "-Infinity"];
  const vals = [C.None, C.True, C.False, 0, 0, 0];
  for (let k = 0; k < words.length; k++) {
    if (src.substring(pos, pos + words[k].length) === words[k]) {
      pos += words[k].length;
      return k < 3 ? vals[k] : newFloat(k === 3 ? NaN : k === 4 ? Infinity : -Infinity);
    }
  }
  const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(src.substring(pos, pos + 400));
  if (m === null || m[0] === "") fail("Expecting value", pos);
  const t = m[0];
  pos += t.length;
  if (m[2] === undefined && m[3] === undefined) return t.length < 10 ? mkInt(parseInt(t, 10)) : intFromString(t, 10);
  return newFloat(parseFloatText(t) as number);
}

export function jsonLoads(v: number): number {
  let s: string | null = isStr(v) ? toJs(v) : bytesTxt(v);
  if (s === null) typeError("the JSON object must be str, bytes or bytearray, not " + typeName(typeOf(v)));
  if (!isStr(v)) s = utf8(s);
  src = s;
  pos = 0;
  try {
    const r = parseValue(0);
    ws();
    if (pos < src.length) {
      pushRoot(r);
      fail("Extra data", pos);
    }
    return r;
  } finally {
    src = "";
  }
}

// bytes of UTF-8 (one char per byte) to text
function utf8(s: string): string {
  let out = "";
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) out += s.charAt(k);
    else {
      const n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
      let cp = c & (n === 3 ? 7 : n === 2 ? 15 : 31);
      for (let j = 1; j <= n; j++) cp = (cp << 6) | (s.charCodeAt(k + j) & 63);
      k += n;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        out += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 1023));
      } else out += String.fromCharCode(cp);
    }
  }
  return out;
}

const LOADS = defNative(Q.loads, 1, 1, function (a) {
  return jsonLoads(i32[a]);
});

const LOAD = defNative(Q.load, 1, 1, function (a) {
  const s = call0(getattr(i32[a], qv(Q.read)));
  pushRoot(s);
  const r = jsonLoads(s);
  popRoots(1);
  return r;
});

export function initJson(): void {
  const table = function () {
    return [qv(Q.dumps), DUMPS, qv(Q.dump), DUMP, qv(Q.loads), LOADS, qv(Q.load), LOAD, qv(Q.JSONDecodeError), decodeErr()];
  };
  defModule(Q.json, table);
}

