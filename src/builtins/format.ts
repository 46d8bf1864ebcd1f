// Text formatting: the format mini-language (format(), f-string specs, str.format fields),
// str.format itself and %-formatting of str and bytes. Everything is built as JS strings and
// turned into a Python str once; floats go through core/floatfmt.ts, never the host.

import { pairAt } from "../core/qstr";
import { i32, pushRoot, rsp, setRsp, checkHostLen } from "../gc/heap";
import { T, TV, tv, INST } from "../core/types";
import { Q } from "../core/qstrdefs";
import { typeOf, typeName, raise, raiseArgs, typeError, valueError, newStr, toJs, isStr, isFloat, floatVal, mkInt, defNative, tupleLen } from "../core/obj";
import { qv, lookupType, callMethod1, strOf, reprOf, getattr, getitem, internStr } from "../core/runtime";
import { intToString, intToFloat, intToJs } from "../core/int";
import { formatFloat, groupDigits, digitsAt } from "../core/floatfmt";
import { setFormatHook, addBuiltin } from "./modbuiltins";
import { cpStr, typeNameOf } from "./objstr";
import { isIntLike, asInt, intFromFloat } from "./objint";
import { bytesTxt, newBytesFrom } from "./objbytes";
import { isDict } from "./objdict";

// ---- small text helpers shared with strmethods.ts and objbytes.ts ----

// number of code points of a JS string
export function cpLen(s: string): number {
  let n = s.length;
  for (let k = 0; k < s.length; k++) if (pairAt(s, k)) n--;
  return n;
}

// JS index of code point index i of s (s.length when past the end)
export function jsIdx(s: string, i: number): number {
  let k = 0;
  while (i > 0 && k < s.length) {
    k += pairAt(s, k) ? 2 : 1;
    i--;
  }
  return k;
}

export function rep(s: string, n: number): string {
  checkHostLen(n * s.length);
  let r = "";
  while (n-- > 0) r += s;
  return r;
}

// ascii(): the repr with non-ASCII characters escaped
export function asciiEsc(s: string): string {
  let o = "";
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    let w = 4,
      e = "\\u";
    if (c < 0x80) {
      o += s.charAt(k);
      continue;
    }
    if (c < 0x100) {
      w = 2;
      e = "\\x";
    } else if (pairAt(s, k)) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++k) - 0xdc00);
      w = 8;
      e = "\\U";
    }
    let h = c.toString(16);
    while (h.length < w) h = "0" + h;
    o += e + h;
  }
  return o;
}

// ---- the format mini-language ----

interface Spec {
  fc: string; // the fill character
  align: string;
  sg: string; // the sign option
  z: boolean;
  alt: boolean;
  width: number;
  grp: string;
  prec: number;
  type: string;
}

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// (parseSpec("", true): the spec of a %-conversion before its flags)
function parseSpec(s: string, num: boolean): Spec {
  const sp: Spec = { fc: " ", align: "", sg: "", z: false, alt: false, width: -1, grp: "", prec: -1, type: "" };
  const n = s.length;
  let i = 0;
  let fillSet = false;
  // the fill is one character: two JS chars when it is outside the BMP (a surrogate pair)
  const fw = pairAt(s, 0) ? 2 : 1;
  if (n > fw && "<>=^".indexOf(s.charAt(fw)) >= 0) {
    sp.fc = s.substring(0, fw);
    sp.align = s.charAt(fw);
    i = fw + 1;
    fillSet = true;
  } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
    sp.align = s.charAt(0);
    i = 1;
  }
  let c = s.charAt(i);
  if (c !== "" && "+- ".indexOf(c) >= 0) {
    sp.sg = c;
    c = s.charAt(++i);
  }
  if (c === "z" && MPJS_FULL) {
    sp.z = true;
    c = s.charAt(++i);
  }
  if (c === "#") {
    sp.alt = true;
    c = s.charAt(++i);
  }
  if (c === "0" && !fillSet) {
    sp.fc = "0";
    if (!sp.align && num) sp.align = "=";
    c = s.charAt(++i);
  }
  let j = digitsAt(s, i);
  if (j - i > 9) badSpec();
  if (j > i) sp.width = +s.slice(i, j);
  i = j;
  c = s.charAt(i);
  if (c === "," || c === "_") {
    sp.grp = c;
    c = s.charAt(++i);
    if (c === "," || c === "_") badSpec();
  }
  if (c === ".") {
    j = digitsAt(s, ++i);
    if (j === i || j - i > 9) badSpec();
    sp.prec = +s.slice(i, j);
    i = j;
  }
  if (n - i > 1) badSpec();
  sp.type = s.charAt(i);
  if (!sp.align) sp.align = num ? ">" : "<";
  return sp;
}

// ValueError: an invalid spec, or type code t unknown for type tn
function badSpec(t?: string, tn?: string): never {
  valueError(t ? "Unknown format code '" + t + "' for object of type '" + tn + "'" : "invalid format specifier");
}

// head (sign, prefix) and body padded to the width
function pad(head: string, body: string, sp: Spec): string {
  const k = sp.width - cpLen(head) - cpLen(body);
  if (k <= 0) return head + body;
  const f = sp.fc,
    a = sp.align;
  if (a === "<") return head + body + rep(f, k);
  if (a === "^") return rep(f, k >> 1) + head + body + rep(f, k - (k >> 1));
  if (a === "=") return head + rep(f, k) + body;
  return rep(f, k) + head + body;
}

// a number: sign, prefix, integer digits (grouped, zero-padded) and the rest
function numOut(neg: boolean, pre: string, digits: string, rest: string, sp: Spec, gn: number): string {
  const head = (neg ? "-" : sp.sg === "-" ? "" : sp.sg) + pre;
  const g = sp.grp;
  if (sp.fc === "0" && sp.align === "=") {
    const avail = sp.width - head.length - rest.length;
    // most of the zeros at once (grouped, d digits take d + (d - 1) / gn characters), then the rest
    digits = rep("0", (g ? Math.floor((avail * gn) / (gn + 1)) : avail) - digits.length) + digits;
    while ((g ? groupDigits(digits, g, gn) : digits).length < avail) digits = "0" + digits;
  }
  if (g) digits = groupDigits(digits, g, gn);
  return pad(head, digits + rest, sp);
}

function fmtInt(v: number, sp: Spec, tn: string): string {
  const t = sp.type;
  if (t !== "" && "eEfFgG%".indexOf(t) >= 0) return fmtFloat(intToFloat(v), sp, tn);
  if (t !== "" && "bcdoxXn".indexOf(t) < 0) badSpec(t, tn);
  if (sp.prec >= 0 || sp.z || (sp.grp && ((sp.grp === "," && t !== "" && t !== "d") || t === "c" || t === "n"))) badSpec();
  if (t === "c") {
    if (sp.sg || sp.alt) badSpec();
    const c = v & 1 ? v >> 1 : -1;
    if (c < 0 || c > 0x10ffff) raise(tv(T.OverflowError), "%c arg not in range(0x110000)");
    return pad("", cpStr(c), sp);
  }
  return intOut(v, t, sp);
}

// an int with type code t (b o x X, else decimal), at least sp.prec digits, as numOut lays it out
function intOut(v: number, t: string, sp: Spec): string {
  const base = t === "b" ? 2 : t === "o" ? 8 : t === "x" || t === "X" ? 16 : 10;
  let s = intToString(v, base);
  const neg = s.charAt(0) === "-";
  if (neg) s = s.slice(1);
  if (t === "X") s = s.toUpperCase();
  return numOut(neg, sp.alt && base !== 10 ? "0" + t : "", rep("0", sp.prec - s.length) + s, "", sp, base === 10 ? 3 : 4);
}

function fmtFloat(x: number, sp: Spec, tn: string): string {
  const t = sp.type;
  if (t !== "" && "eEfFgGn%".indexOf(t) < 0) badSpec(t, tn);
  if (sp.grp && t === "n") badSpec();
  checkHostLen(sp.prec);
  let s = formatFloat(x, t, sp.prec, sp.alt);
  let neg = s.charAt(0) === "-";
  if (neg) s = s.slice(1);
  if (neg && sp.z && /^[0.]*([eE%]|$)/.test(s)) neg = false;
  const i = digitsAt(s, 0);
  return numOut(neg, "", s.slice(0, i), s.slice(i), sp, 3);
}

function fmtStr(s: string, sp: Spec): string {
  const t = sp.type;
  if (t !== "" && t !== "s") badSpec(t, "str");
  if (sp.sg) valueError("Sign not allowed in string format specifier");
  if (sp.align === "=") valueError("'=' alignment not allowed in string format specifier");
  if (sp.alt || sp.grp) badSpec();
  if (sp.prec >= 0) s = s.slice(0, jsIdx(s, sp.prec));
  return pad("", s, sp);
}

// Extra formatters for types defined elsewhere (complex): return null when v is not theirs.
const extraFormatters: ((v: number, spec: string) => string | null)[] = [];
export function addFormatter(f: (v: number, spec: string) => string | null): void {
  extraFormatters.push(f);
}

// format(v, spec) as a JS string (native: without the __format__ of v's Python class)
export function formatValue(v: number, spec: string, native?: boolean): string {
  const t = typeOf(v);
  if (!(t & 4)) {
    const m = native ? 0 : lookupType(t, qv(Q.__format__));
    if (m !== 0 && typeOf(m) !== TV.builtin) {
      const r = callMethod1(m, v, newStr(spec));
      if (!isStr(r)) typeError("__format__ must return a str, not " + typeNameOf(r));
      return toJs(r);
    }
    if (spec === "") return strOf(v);
    const sub = i32[(v >> 2) + INST.sub];
    if (sub === 0) typeError("unsupported format string passed to " + typeName(t) + ".__format__");
    v = sub;
  }
  if (spec === "") return strOf(v);
  const tn = typeNameOf(v);
  if (isStr(v)) return fmtStr(toJs(v), parseSpec(spec, false));
  if (isIntLike(v)) return fmtInt(asInt(v), parseSpec(spec, true), tn);
  if (isFloat(v)) return fmtFloat(floatVal(v), parseSpec(spec, true), tn);
  for (let k = 0; k < extraFormatters.length; k++) {
    const r = extraFormatters[k](v, spec);
    if (r !== null) return r;
  }
  typeError("unsupported format string passed to " + tn + ".__format__");
}

// ---- str.format ----

// Formats template fmt with the positional arguments i32[a..a+n) and keywords i32[kw..kw+2*nkw).
// With map !== 0 (format_map), names are looked up in that mapping.
// The root stack is restored afterwards, also when it raises.
export function strFormat(fmt: string, a: number, n: number, kw: number, nkw: number, map: number): string {
  let auto = 0,
    mode = 0; // 1: automatic numbering, 2: manual

  function arg(name: string): number {
    if (name === "" || digitsAt(name, 0) === name.length) {
      let i: number;
      if (name === "") {
        if (mode === 2) valueError("cannot switch from manual field specification to automatic field numbering");
        mode = 1;
        i = auto++;
      } else {
        if (mode === 1) valueError("cannot switch from automatic field numbering to manual field specification");
        mode = 2;
        i = +name;
      }
      if (i >= n) raise(tv(T.IndexError), "tuple index out of range");
      return i32[a + i];
    }
    if (map !== 0) return getitem(map, newStr(name));
    for (let k = 0; k < nkw; k++) if (toJs(i32[kw + 2 * k]) === name) return i32[kw + 2 * k + 1];
    raiseArgs(tv(T.KeyError), newStr(name));
  }

  // the end of the name part of field name s that starts at j (before a '.' or a '[')
  function partEnd(s: string, j: number): number {
    while (j < s.length && s.charAt(j) !== "." && s.charAt(j) !== "[") j++;
    return j;
  }

  function field(f: string): string {
    // field name: up to '!' or ':' outside brackets
    let i = 0;
    while (i < f.length) {
      const c = f.charAt(i);
      if (c === "[") {
        const e = f.indexOf("]", i);
        i = e < 0 ? f.length : e + 1;
      } else if (c === "!" || c === ":") break;
      else i++;
    }
    const name = f.slice(0, i);
    let conv = "";
    if (f.charAt(i) === "!") {
      conv = f.charAt(i + 1);
      i += 2;
      if ((i < f.length && f.charAt(i) !== ":") || "rsa".indexOf(conv) < 0 || conv === "") badSpec();
    }
    // the object: first part, then .attr and [key] parts
    let j = partEnd(name, 0);
    let v = arg(name.slice(0, j));
    pushRoot(v);
    let spec = f.slice(i + 1);
    if (spec.indexOf("{") >= 0) spec = expand(spec);
    while (j < name.length) {
      const c = name.charAt(j);
      if (c === ".") {
        const e = j + 1;
        j = partEnd(name, e);
        v = getattr(v, internStr(newStr(name.slice(e, j))));
      } else if (c === "[") {
        const e = name.indexOf("]", j);
        if (e < 0) badSpec();
        const key = name.slice(j + 1, e);
        j = e + 1;
        v = getitem(v, key !== "" && digitsAt(key, 0) === key.length ? mkInt(+key) : newStr(key));
      } else badSpec();
      pushRoot(v);
    }
    if (conv === "") return formatValue(v, spec);
    let s = conv === "s" ? strOf(v) : reprOf(v);
    if (conv === "a" && MPJS_FULL) s = asciiEsc(s);
    return fmtStr(s, parseSpec(spec, false));
  }

  function expand(s: string): string {
    let out = "";
    let i = 0;
    const L = s.length;
    while (i < L) {
      const open = s.indexOf("{", i),
        close = s.indexOf("}", i);
      if (open < 0 && close < 0) {
        out += s.slice(i);
        break;
      }
      if (close >= 0 && (open < 0 || close < open)) {
        out += s.slice(i, close + 1);
        if (s.charAt(close + 1) !== "}") valueError("Single '}' encountered in format string");
        i = close + 2;
        continue;
      }
      out += s.slice(i, open);
      if (s.charAt(open + 1) === "{") {
        out += "{";
        i = open + 2;
        continue;
      }
      let depth = 1,
        j = open + 1;
      while (j < L && depth > 0) {
        const c = s.charAt(j++);
        if (c === "{") depth++;
        else if (c === "}") depth--;
      }
      if (depth > 0) valueError(open + 1 < L ? "expected '}' before end of string" : "Single '{' encountered in format string");
      out += field(s.slice(open + 1, j - 1));
      checkHostLen(out.length);
      i = j;
    }
    return out;
  }

  const base = rsp;
  try {
    return expand(fmt);
  } finally {
    setRsp(base);
  }
}

// ---- %-formatting (str and bytes) ----

// (bytes: fmt and the result are bytes as JS strings of one char per byte)
export function percentFormat(fmt: string, args: number, bytes: boolean): string {
  const base = rsp;
  try {
    return percent1(fmt, args, bytes);
  } finally {
    setRsp(base);
  }
}

function percent1(fmt: string, args: number, bytes: boolean): string {
  let n = 1,
    ai = 0,
    dict = 0,
    tup = 0,
    i = 0;
  pushRoot(args);
  if (typeOf(args) === TV.tuple) {
    tup = args;
    n = tupleLen(args);
  } else if (isDict(args) || (!isStr(args) && !(typeOf(args) & 4) && lookupType(typeOf(args), qv(Q.__getitem__)) !== 0)) dict = args;

  function next(): number {
    if (ai >= n) typeError("not enough arguments for format string");
    ai++;
    return tup ? i32[(tup >> 2) + 1 + ai] : args;
  }
  // a width or precision: digits, or * for the next argument (an int); 0 when absent
  function count(): number {
    let v = 0;
    if (fmt.charAt(i) === "*") {
      i++;
      v = next();
      if (!isIntLike(v)) typeError("* wants int");
      return intToJs(asInt(v));
    }
    const j = digitsAt(fmt, i);
    if (j > i) v = +fmt.slice(i, j);
    i = j;
    return v;
  }

  let out = "";
  const L = fmt.length;
  while (i < L) {
    checkHostLen(out.length);
    const p = fmt.indexOf("%", i);
    if (p < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, p);
    i = p + 1;
    let v = 0;
    if (fmt.charAt(i) === "(") {
      if (!dict) typeError("format requires a mapping");
      let depth = 1,
        j = i + 1;
      while (j < L && depth > 0) {
        const c = fmt.charAt(j++);
        if (c === "(") depth++;
        else if (c === ")") depth--;
      }
      if (depth > 0) valueError("incomplete format key");
      const key = fmt.slice(i + 1, j - 1);
      const kv = bytes ? newBytesFrom(TV.bytes, key) : newStr(key);
      v = getitem(dict, kv);
      pushRoot(v);
      i = j;
    }
    const sp = parseSpec("", true);
    let zero = false;
    for (;;) {
      const c = fmt.charAt(i);
      if (c === "-") sp.align = "<";
      else if (c === "+") sp.sg = "+";
      else if (c === " ") {
        if (sp.sg !== "+") sp.sg = " ";
      } else if (c === "#") sp.alt = true;
      else if (c === "0") zero = true;
      else break;
      i++;
    }
    // (no width: 0, the same as none)
    sp.width = count();
    if (sp.width < 0) {
      sp.width = -sp.width;
      sp.align = "<";
    }
    if (fmt.charAt(i) === ".") {
      i++;
      sp.prec = count();
    }
    while (i < L && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
    if (i >= L) valueError("incomplete format");
    const t = fmt.charAt(i++);
    if (t === "%") {
      out += "%";
      continue;
    }
    if (v === 0) v = next();
    if (zero && sp.align !== "<") {
      sp.fc = "0";
      sp.align = "=";
    }
    if ("diueEfFgGoxX".indexOf(t) >= 0) {
      const isInt = "diuoxX".indexOf(t) >= 0;
      if (isIntLike(v)) v = asInt(v);
      else if (isFloat(v) && isInt && "oxX".indexOf(t) < 0) v = intFromFloat(floatVal(v));
      else if (!isFloat(v) || isInt) {
        typeError("can't convert " + typeNameOf(v) + " to " + (isInt ? "int" : "float"));
      }
      if (isInt) {
        out += intOut(v, t, sp);
      } else {
        sp.type = t;
        if (sp.prec < 0) sp.prec = 6;
        out += fmtFloat(isFloat(v) ? floatVal(v) : intToFloat(v), sp, "float");
      }
      continue;
    }
    sp.fc = " ";
    if (sp.align === "=") sp.align = ">";
    sp.sg = "";
    sp.alt = false;
    let s: string;
    if (t === "s" || t === "r" || t === "a" || (bytes && t === "b")) {
      if (bytes && (t === "s" || t === "b")) {
        const bt = bytesTxt(v);
        if (bt === null) typeError("%b requires a bytes-like object, not '" + typeNameOf(v) + "'");
        s = bt;
      } else if (t === "s") s = strOf(v);
      else {
        s = reprOf(v);
        if ((t === "a" || bytes) && MPJS_FULL) s = asciiEsc(s);
      }
    } else if (t === "c") {
      if (isIntLike(v)) {
        const c = asInt(v);
        const lim = bytes ? 256 : 0x110000;
        if (!(c & 1) || c >> 1 < 0 || c >> 1 >= lim) raise(tv(bytes ? T.ValueError : T.OverflowError), "%c arg not in range(" + (bytes ? "256" : "0x110000") + ")");
        s = bytes ? String.fromCharCode(c >> 1) : cpStr(c >> 1);
      } else {
        const bt = bytes ? bytesTxt(v) : isStr(v) ? toJs(v) : null;
        if (bt === null || cpLen(bt) !== 1) typeError("%c requires int or char");
        s = bt;
      }
    } else s = valueError("unsupported format character '" + t + "' (0x" + t.charCodeAt(0).toString(16) + ") at index " + (i - 1));
    if (sp.prec >= 0 && t !== "c") s = s.slice(0, jsIdx(s, sp.prec));
    out += pad("", s, sp);
  }
  if (ai < n && !dict) typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
  return out;
}

function asciiFn(a: number): number {
  return newStr(asciiEsc(reprOf(i32[a])));
}

// __format__ of the builtin types and object: the builtin formatting of self
export const FORMAT_DUNDER = defNative(Q.__format__, 2, 2, function (a) {
  const spec = i32[a + 1];
  if (!isStr(spec)) typeError("format spec must be a str");
  return newStr(formatValue(i32[a], toJs(spec), true));
});

export function initFormat(): void {
  setFormatHook(function (v, spec) {
    const s = spec === 0 ? "" : toJs(spec);
    if (s === "" && isStr(v)) return v;
    return newStr(formatValue(v, s));
  });
  if (MPJS_FULL) addBuiltin(Q.ascii, defNative(Q.ascii, 1, 1, asciiFn));
}


