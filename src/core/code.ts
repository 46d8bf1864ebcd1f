// Code objects: compiled scopes moved into the heap (bytecode, constants, names, line table).

import { i32, u8, alloc, pushRoot, popRoots, rsp, setRsp } from "../gc/heap";
import { TV, STR_HDR } from "./types";
import { CO } from "./bytecode";
import { Scope, Const, CodeSink, compileModule } from "./compile";
import { qstrFromJs } from "./qstr";
import { newStr, newBytes, newFloat, newTuple, newStrRaw, raise, THROWN, PySyntaxError } from "./obj";
import { intFromString } from "./int";
import { T, tv } from "./types";
import { reprFloat, parseFloat as parseFloatText } from "./floatfmt";

function qv(s: string): number {
  // as MicroPython's qstrs (at most 255 bytes): interned names are never freed
  if (s.length > 255) raise(tv(T.RuntimeError), "name too long");
  return (qstrFromJs(s) << 2) | 2;
}

function rawBytes(bytes: ArrayLike<number>, n: number): number {
  const p = newStrRaw(TV.rawbuf, n);
  for (let k = 0; k < n; k++) u8[p + STR_HDR + k] = bytes[k];
  return p;
}

function varint(out: number[], v: number): void {
  while (v >= 128) {
    out.push((v & 127) | 128);
    v >>>= 7;
  }
  out.push(v);
}

function constValue(c: Const, file: string): number {
  switch (c.t) {
    case "q":
      return qv(c.s);
    case "s":
      return newStr(c.s);
    case "b": {
      const b: number[] = [];
      for (let k = 0; k < c.s.length; k++) b.push(c.s.charCodeAt(k) & 255);
      return newBytes(TV.bytes, b);
    }
    case "f":
      return newFloat(c.n);
    case "i":
      return intFromString(c.s, c.base);
    case "v":
      return c.v;
    case "code":
      return makeCode(c.f, file);
    case "qt": {
      const t = newTuple(c.items.length);
      pushRoot(t);
      for (let k = 0; k < c.items.length; k++) i32[(t >> 2) + 2 + k] = qv(c.items[k]);
      popRoots(1);
      return t;
    }
    case "j":
      return complexHook(0, c.n);
  }
  return 0;
}

export let complexHook: (re: number, im: number) => number = function (): number {
  return raise(tv(T.NotImplementedError), "complex numbers are not supported");
};
export function setComplexHook(f: (re: number, im: number) => number): void {
  complexHook = f;
}

function smallTuple(vals: number[]): number {
  if (vals.length === 0) return 0;
  const t = newTuple(vals.length);
  for (let k = 0; k < vals.length; k++) i32[(t >> 2) + 2 + k] = (vals[k] << 1) | 1;
  return t;
}

export function makeCode(s: Scope, file: string): number {
  const base = rsp;
  const co = alloc(TV.code, CO.SIZE * 4);
  pushRoot(co);
  const w = co >> 2;
  i32[w + CO.bytecode] = rawBytes(s.code, s.len);
  const consts = newTuple(s.consts.length);
  i32[w + CO.consts] = consts;
  for (let k = 0; k < s.consts.length; k++) i32[(consts >> 2) + 2 + k] = constValue(s.consts[k], file);
  const names = newTuple(s.names.length);
  i32[w + CO.names] = names;
  for (let k = 0; k < s.names.length; k++) i32[(names >> 2) + 2 + k] = qv(s.names[k]);
  i32[w + CO.name] = qv(s.name);
  i32[w + CO.file] = qv(file);
  i32[w + CO.argcount] = (s.argcount << 1) | 1;
  i32[w + CO.kwonly] = (s.kwonly << 1) | 1;
  i32[w + CO.flags] = (s.coflags << 1) | 1;
  i32[w + CO.nslots] = (s.names.length << 1) | 1;
  i32[w + CO.stacksize] = ((s.maxDepth + 2) << 1) | 1;
  i32[w + CO.nblocks] = ((s.maxBlocks + 1) << 1) | 1;
  i32[w + CO.firstline] = (s.firstLine << 1) | 1;
  const lt: number[] = [];
  let off = 0,
    line = s.firstLine;
  for (let k = 0; k < s.lines.length; k += 2) {
    varint(lt, s.lines[k] - off);
    const d = s.lines[k + 1] - line;
    varint(lt, d >= 0 ? d * 2 : -d * 2 - 1);
    off = s.lines[k];
    line = s.lines[k + 1];
  }
  i32[w + CO.lines] = rawBytes(lt, lt.length);
  i32[w + CO.freemap] = smallTuple(s.freemap);
  i32[w + CO.cells] = smallTuple(s.cellSlots);
  setRsp(base);
  return co;
}

export const codeSink: CodeSink = { make: makeCode };

// micropython.opt_level(): from level 1 on, assert statements are read and not compiled, as in
// MicroPython; every interpreter starts at 0 (builtins/init.ts)
export let optLevel = 0;
export function setOptLevel(n: number): void {
  optLevel = n;
}

// Compiles source to a module code object; a syntax error is thrown as PySyntaxError (the
// embedding layer reports it with its line). isEval: one expression list, whose value the code
// returns.
export function compileSource(src: string, file: string, single: boolean, isEval?: boolean): number {
  try {
    return compileModule(src, file, codeSink, single, !!isEval, optLevel);
  } catch (e) {
    // the compiler's limit on nesting and on compiling again (compile.ts deeper, reset), or the
    // host's stack overflowing before it
    if (e instanceof RangeError) raise(tv(T.RuntimeError), "maximum recursion depth exceeded");
    throw e;
  }
}

// Compiles source for running code (exec, eval, compile(), import): mode 0 statements, 1 an
// expression, 2 one interactive statement; a syntax error is raised as the Python exception.
export function compilePy(src: string, file: string, mode: number): number {
  try {
    return compileSource(src, file, mode === 2, mode === 1);
  } catch (e) {
    if (e instanceof PySyntaxError) raise(tv(e.indent ? T.IndentationError : T.SyntaxError), e.msg);
    throw e;
  }
}

// ---- bytecode files (.mpb): a compiled module as text, imported without compiling ----
// The header, then the JSON of the module's scope in ASCII: arrays, not objects, since the engine
// bundles rename properties ([code, consts, names, name, argcount, kwonly, flags, max depth, max
// blocks, first line, line table, freemap, cell slots]; a constant is [kind, its fields]; a
// nested scope is a "code" constant). The version changes with the bytecode's format. The
// header's second line is the Adler-32 of the JSON, so that a file corrupted in storage or in
// transfer is refused (ValueError) rather than run.
const MPB = "mpjs bytecode 2\n";

// Adler-32 of a string of char codes below 0x100 (the JSON is ASCII): additions only, no
// Math.imul, which Espruino lacks.
function adler32(s: string): number {
  let a = 1,
    b = 0;
  for (let k = 0; k < s.length; k++) {
    a = (a + (s.charCodeAt(k) & 0xff)) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}

function scopeRecord(s: Scope): any[] {
  const consts: any[] = [];
  for (let k = 0; k < s.consts.length; k++) {
    const c = s.consts[k];
    if (c.t === "code") consts.push([c.t, scopeRecord(c.f)]);
    else if (c.t === "i") consts.push([c.t, c.s, c.base]);
    else if (c.t === "v") consts.push([c.t, c.v]);
    else if (c.t === "qt") consts.push([c.t, c.items]);
    // a float goes as its Python repr: JSON has no infinity, and the host's number text is not
    // exact on every engine (Espruino's String(1/3) has 11 digits; String(-0) is "0")
    else if (c.t === "f" || c.t === "j") consts.push([c.t, reprFloat(c.n)]);
    else consts.push([c.t, c.s]);
  }
  const code: number[] = [];
  for (let k = 0; k < s.len; k++) code.push(s.code[k]);
  return [code, consts, s.names, s.name, s.argcount, s.kwonly, s.coflags, s.maxDepth, s.maxBlocks, s.firstLine, s.lines, s.freemap, s.cellSlots];
}

// The scope a record stands for, with the fields makeCode reads.
function recordScope(r: any[]): Scope {
  const consts: any[] = [];
  for (let k = 0; k < r[1].length; k++) {
    const c = r[1][k];
    const t = c[0];
    consts.push(
      t === "code" ? { t: t, f: recordScope(c[1]) } : t === "i" ? { t: t, s: c[1], base: c[2] } : t === "v" ? { t: t, v: c[1] } :
        t === "qt" ? { t: t, items: c[1] } : t === "f" || t === "j" ? { t: t, n: parseFloatText(c[1]) as number } : { t: t, s: c[1] },
    );
  }
  return {
    code: r[0], len: r[0].length, consts: consts, names: r[2], name: r[3], argcount: r[4], kwonly: r[5], coflags: r[6],
    maxDepth: r[7], maxBlocks: r[8], firstLine: r[9], lines: r[10], freemap: r[11], cellSlots: r[12],
  } as any;
}

// The .mpb text of a module's source (throws PySyntaxError).
export function compileToMpb(src: string, file: string): string {
  let out = "";
  const sink = {
    make: function (s: Scope): number {
      const json = JSON.stringify(scopeRecord(s)).replace(/[\u0080-\uffff]/g, function (ch) {
        return "\\u" + (0x10000 + ch.charCodeAt(0)).toString(16).substring(1);
      });
      out = MPB + adler32(json) + "\n" + json;
      return 0;
    },
  };
  compileModule(src, file, sink, false, false, optLevel);
  return out;
}

// The module code object of an .mpb file's text.
export function codeFromMpb(text: string, file: string): number {
  const at = text.indexOf("\n", MPB.length);
  const json = text.substring(at + 1);
  if (text.substring(0, MPB.length) !== MPB || at < 0 || text.substring(MPB.length, at) !== "" + adler32(json)) raise(tv(T.ValueError), "incompatible .mpb file");
  try {
    return makeCode(recordScope(JSON.parse(json)), file);
  } catch (e) {
    // a file made to pass the checksum but not by mpjs compile: whatever JS error reading it
    // gives (a Python exception, MemoryError, goes on as it is)
    if (e === THROWN) throw e;
    raise(tv(T.ValueError), "incompatible .mpb file");
  }
}
