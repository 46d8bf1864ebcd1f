// re: regular expressions with their own engine (the hosts' RegExp differ from Python's and from
// each other). A pattern compiles to a program for a backtracking VM whose priorities give Python's
// leftmost-first semantics: literals, ., classes with \d \w \s, anchors ^ $ \A \Z \b \B, groups
// (capturing, (?:), (?P<name>), (?P=name)), backreferences, lookahead and fixed-width lookbehind,
// alternation, * + ? {m,n} and their lazy forms, flags I M S X A. Positions are code points.
//
// Heap objects: pattern [type, source str/bytes, flags(si), groups(si), groupindex dict];
// match [type, pattern, subject, spans tuple (small ints, -1 unmatched), pos(si), endpos(si)].
// Compiled programs live in a JS cache keyed by the pattern's text and flags.

import { i32, u8, alloc, pushRoot, popRoots, rsp, setRsp, checkHostLen } from "../gc/heap";
import { C, T, TV, tv, STR_HDR } from "../core/types";
import { Q } from "../core/qstrdefs";
import {
  defType, defNative, newTypeIndex, romMap, typeOf, typeName, raise, typeError, mkInt, newTuple, newList, listAppend, isStr, toJs, newStr,
} from "../core/obj";
import { qv, call1, isCallable, reprOf } from "../core/runtime";
import { newDict, dictGet, dictSet } from "../core/map";
import { defModule } from "./modules";
import { pollInterrupt } from "../core/vm";
import { bytesTxt, newBytesFrom } from "./objbytes";
import { defIterKind, newIter, iterObj, iterPos, setIterPos } from "./iter";
import { kwArg, toInt, defExcType, named } from "./modutil";

const F_I = 2,
  F_L = 4,
  F_M = 8,
  F_S = 16,
  F_U = 32,
  F_X = 64,
  F_DEBUG = 128,
  F_A = 256;

let ERR = 0;
function errType(): number {
  if (ERR === 0) ERR = defExcType(Q.error, tv(T.ValueError));
  return ERR;
}

// ---- parsing ----

interface Node {
  t: number;
  c?: number; // char
  items?: Node[];
  ranges?: number[]; // class: lo, hi pairs
  cls?: number; // class: bit set of specials (1 d, 2 D, 4 w, 8 W, 16 s, 32 S)
  neg?: boolean;
  n?: number; // group number (-1 none), backref number
  min?: number;
  max?: number; // -1: no limit
  lazy?: boolean;
  behind?: boolean;
}
const N_CHAR = 0,
  N_ANY = 1,
  N_CLASS = 2,
  N_SEQ = 3,
  N_ALT = 4,
  N_GROUP = 5,
  N_REP = 6,
  N_BOL = 7,
  N_EOL = 8,
  N_SOB = 9,
  N_EOB = 10,
  N_WORDB = 11,
  N_NWORDB = 12,
  N_BACKREF = 13,
  N_LOOK = 14;

let P: number[] = []; // pattern code points
let pi = 0;
let pflags = 0;
let ngroups = 0;
let names: { [k: string]: number } = {};

function perr(msg: string, at?: number): never {
  raise(errType(), msg + (at === undefined ? "" : " at position " + at));
}

function peek(): number {
  return pi < P.length ? P[pi] : -1;
}

function skipVerbose(): void {
  if (!(pflags & F_X)) return;
  for (;;) {
    const c = peek();
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) pi++;
    else if (c === 35) {
      while (pi < P.length && P[pi] !== 10) pi++;
    } else return;
  }
}

function parseAlt(): Node {
  const items: Node[] = [parseSeq()];
  while (peek() === 124) {
    pi++;
    items.push(parseSeq());
  }
  return items.length === 1 ? items[0] : { t: N_ALT, items: items };
}

function parseSeq(): Node {
  const items: Node[] = [];
  for (;;) {
    skipVerbose();
    const c = peek();
    if (c < 0 || c === 124 || c === 41) break;
    const start = pi;
    let atom = parseAtom();
    if (atom === null) continue;
    for (;;) {
      skipVerbose();
      const q = peek();
      let min = -1,
        max = -1;
      if (q === 42) {
        min = 0;
        pi++;
      } else if (q === 43) {
        min = 1;
        pi++;
      } else if (q === 63) {
        min = 0;
        max = 1;
        pi++;
      } else if (q === 123) {
        const save = pi;
        pi++;
        const a = num();
        let b = a;
        if (peek() === 44) {
          pi++;
          b = num();
        }
        if (peek() === 125 && (a >= 0 || b >= 0 || P[pi - 1] === 44)) {
          pi++;
          min = a < 0 ? 0 : a;
          max = b;
          if (max >= 0 && max < min) perr("min repeat greater than max repeat", save + 1);
        } else {
          pi = save;
          break;
        }
      } else break;
      if (atom.t === N_REP) perr("multiple repeat", pi - 1);
      if (atom.t === N_BOL || atom.t === N_EOL || atom.t === N_SOB || atom.t === N_EOB || atom.t === N_WORDB || atom.t === N_NWORDB) perr("nothing to repeat", start);
      let lazy = false;
      if (peek() === 63) {
        lazy = true;
        pi++;
      }
      atom = { t: N_REP, items: [atom], min: min, max: max, lazy: lazy };
      if (peek() === 43) perr("multiple repeat", pi);
    }
    items.push(atom);
  }
  return items.length === 1 ? items[0] : { t: N_SEQ, items: items };
}

// a decimal number, or -1 when there is none
function num(): number {
  let n = -1;
  while (peek() >= 48 && peek() <= 57) n = (n < 0 ? 0 : n * 10) + P[pi++] - 48;
  return n;
}

function groupName(end: number): string {
  let s = "";
  const start = pi;
  while (pi < P.length && P[pi] !== end) s += String.fromCharCode(P[pi++]);
  if (pi >= P.length) perr("missing " + String.fromCharCode(end) + ", unterminated name", start);
  pi++;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) perr(s === "" ? "missing group name" : "bad character in group name '" + s + "'", start);
  return s;
}

function parseAtom(): Node | null {
  const start = pi;
  const c = P[pi++];
  if (c === 40) {
    // group
    let n = -1;
    if (peek() === 63) {
      pi++;
      const k = P[pi++];
      if (k === 58) n = -1;
      else if (k === 80 && peek() === 60) {
        pi++;
        const name = groupName(62);
        if (names.hasOwnProperty(" " + name)) perr("redefinition of group name '" + name + "'", start + 4);
        n = ++ngroups;
        names[" " + name] = n;
      } else if (k === 80 && peek() === 61) {
        pi++;
        const name = groupName(41);
        if (!names.hasOwnProperty(" " + name)) perr("unknown group name '" + name + "'", start + 4);
        return { t: N_BACKREF, n: names[" " + name] };
      } else if (k === 61 || k === 33 || (k === 60 && (peek() === 61 || peek() === 33))) {
        const behind = k === 60;
        const neg = (behind ? P[pi++] : k) === 33;
        const body = parseAlt();
        if (peek() !== 41) perr("missing ), unterminated subpattern", start);
        pi++;
        return { t: N_LOOK, items: [body], neg: neg, behind: behind };
      } else if (k === 35) {
        while (pi < P.length && P[pi] !== 41) pi++;
        if (pi >= P.length) perr("missing ), unterminated comment", start);
        pi++;
        return null;
      } else {
        // global inline flags (?aiLmsux)
        pi--;
        const fl = "aiLmsux";
        const bits = [F_A, F_I, F_L, F_M, F_S, F_U, F_X];
        while (pi < P.length && fl.indexOf(String.fromCharCode(P[pi])) >= 0) pflags |= bits[fl.indexOf(String.fromCharCode(P[pi++]))];
        if (peek() !== 41) perr(pi >= P.length ? "missing -, : or )" : "unknown extension ?" + String.fromCharCode(P[pi]), start + 1);
        pi++;
        return null;
      }
    } else n = ++ngroups;
    const body = parseAlt();
    if (peek() !== 41) perr("missing ), unterminated subpattern", start);
    pi++;
    return { t: N_GROUP, n: n, items: [body] };
  }
  if (c === 41) perr("unbalanced parenthesis", start);
  if (c === 91) return parseClass(start);
  if (c === 46) return { t: N_ANY };
  if (c === 94) return { t: N_BOL };
  if (c === 36) return { t: N_EOL };
  if (c === 42 || c === 43 || c === 63) perr("nothing to repeat", start);
  if (c === 123) {
    // a brace that does not start a valid repeat is a literal
    const save = pi;
    const a = num();
    if (peek() === 44) {
      pi++;
      num();
    }
    const ok = peek() === 125 && (a >= 0 || P[pi - 1] === 44);
    pi = save;
    if (ok) perr("nothing to repeat", start);
    return { t: N_CHAR, c: c };
  }
  if (c === 92) return parseEscape(false, start);
  return { t: N_CHAR, c: c };
}

const HEXD = "0123456789abcdef";
function hexDigits(n: number, start: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = pi < P.length ? HEXD.indexOf(String.fromCharCode(P[pi]).toLowerCase()) : -1;
    if (d < 0) perr("incomplete escape \\" + String.fromCharCode(P[start + 1]) + String.fromCharCode.apply(null, P.slice(start + 2, pi)), start);
    v = v * 16 + d;
    pi++;
  }
  return v;
}

// an escape: a char node, a class node, an anchor or a backreference
function parseEscape(inClass: boolean, start: number): Node {
  if (pi >= P.length) perr("bad escape (end of pattern)", start);
  const c = P[pi++];
  const ch = String.fromCharCode(c);
  const sp = "dDwWsS".indexOf(ch);
  if (sp >= 0) return { t: N_CLASS, ranges: [], cls: 1 << sp, neg: false };
  const simple = "ntrfvab";
  const sv = [10, 9, 13, 12, 11, 7, 8];
  if (simple.indexOf(ch) >= 0 && (ch !== "b" || inClass)) return { t: N_CHAR, c: sv[simple.indexOf(ch)] };
  if (!inClass) {
    if (ch === "A") return { t: N_SOB };
    if (ch === "Z") return { t: N_EOB };
    if (ch === "b") return { t: N_WORDB };
    if (ch === "B") return { t: N_NWORDB };
    if (c >= 49 && c <= 57) {
      let n = c - 48;
      if (peek() >= 48 && peek() <= 57) n = n * 10 + P[pi++] - 48;
      if (n > ngroups) perr("invalid group reference " + n, start + 1);
      return { t: N_BACKREF, n: n };
    }
  }
  if (ch === "x") return { t: N_CHAR, c: hexDigits(2, start) };
  if (ch === "u" && !(pflags & 0x10000)) return { t: N_CHAR, c: hexDigits(4, start) };
  if (ch === "U" && !(pflags & 0x10000)) return { t: N_CHAR, c: hexDigits(8, start) };
  if (c === 48 || (inClass && c >= 49 && c <= 55)) {
    let v = c - 48;
    for (let k = 0; k < 2 && peek() >= 48 && peek() <= 55; k++) v = v * 8 + P[pi++] - 48;
    return { t: N_CHAR, c: v };
  }
  if (/[A-Za-z0-9]/.test(ch)) perr("bad escape \\" + ch, start);
  return { t: N_CHAR, c: c };
}

function parseClass(start: number): Node {
  const node: Node = { t: N_CLASS, ranges: [], cls: 0, neg: false };
  if (peek() === 94) {
    node.neg = true;
    pi++;
  }
  let first = true;
  for (;;) {
    if (pi >= P.length) perr("unterminated character set", start);
    let c = P[pi++];
    if (c === 93 && !first) break;
    first = false;
    let lo: number;
    if (c === 92) {
      const e = parseEscape(true, pi - 1);
      if (e.t === N_CLASS) {
        node.cls = (node.cls as number) | (e.cls as number);
        continue;
      }
      lo = e.c as number;
    } else lo = c;
    let hi = lo;
    if (peek() === 45 && pi + 1 < P.length && P[pi + 1] !== 93) {
      pi++;
      const rs = pi;
      c = P[pi++];
      if (c === 92) {
        const e = parseEscape(true, pi - 1);
        if (e.t === N_CLASS) perr("bad character range " + String.fromCharCode(lo) + "-\\" + String.fromCharCode(P[rs + 1]), rs - 2);
        hi = e.c as number;
      } else hi = c;
      if (hi < lo) perr("bad character range " + String.fromCharCode(lo) + "-" + String.fromCharCode(hi), rs - 2);
    }
    (node.ranges as number[]).push(lo, hi);
  }
  return node;
}

// width of a node when fixed, else -1 (for lookbehind)
function width(n: Node): number {
  switch (n.t) {
    case N_CHAR:
    case N_ANY:
    case N_CLASS:
      return 1;
    case N_SEQ: {
      let w = 0;
      for (let k = 0; k < (n.items as Node[]).length; k++) {
        const x = width((n.items as Node[])[k]);
        if (x < 0) return -1;
        w += x;
      }
      return w;
    }
    case N_ALT: {
      let w = -2;
      for (let k = 0; k < (n.items as Node[]).length; k++) {
        const x = width((n.items as Node[])[k]);
        if (x < 0 || (w !== -2 && x !== w)) return -1;
        w = x;
      }
      return w;
    }
    case N_GROUP:
      return width((n.items as Node[])[0]);
    case N_REP: {
      const x = width((n.items as Node[])[0]);
      return x >= 0 && n.min === n.max ? x * (n.min as number) : -1;
    }
    case N_BACKREF:
      return -1;
  }
  return 0;
}

// ---- the program ----

const O_CHAR = 0,
  O_ANY = 1,
  O_CLASS = 2,
  O_SPLIT = 3,
  O_JMP = 4,
  O_SAVE = 5,
  O_MATCH = 6,
  O_BOL = 7,
  O_EOL = 8,
  O_SOB = 9,
  O_EOB = 10,
  O_WORDB = 11,
  O_NWORDB = 12,
  O_BACKREF = 13,
  O_LOOK = 14, // neg, behind width (-1 ahead), end of sub-program
  O_MARK = 15, // reg: the loop body starts here
  O_CHECK = 16, // reg, exit: leave the loop when its body matched nothing (as SRE does)
  O_SUCCEED = 17;

interface Prog {
  code: number[];
  classes: Node[];
  ngroups: number;
  nregs: number;
  flags: number;
  names: { [k: string]: number };
}

let code: number[] = [];
let classes: Node[] = [];
let nregs = 0;

function emit(n: Node): void {
  checkHostLen(code.length); // 'a{1000000000}' is a billion copies of its body
  switch (n.t) {
    case N_CHAR:
      code.push(O_CHAR, n.c as number);
      return;
    case N_ANY:
      code.push(O_ANY);
      return;
    case N_CLASS:
      code.push(O_CLASS, classes.length);
      classes.push(n);
      return;
    case N_SEQ:
      for (let k = 0; k < (n.items as Node[]).length; k++) emit((n.items as Node[])[k]);
      return;
    case N_ALT: {
      const items = n.items as Node[];
      const jumps: number[] = [];
      for (let k = 0; k < items.length; k++) {
        if (k < items.length - 1) {
          const at = code.length;
          code.push(O_SPLIT, at + 3, 0);
          emit(items[k]);
          jumps.push(code.length);
          code.push(O_JMP, 0);
          code[at + 2] = code.length;
        } else emit(items[k]);
      }
      for (let k = 0; k < jumps.length; k++) code[jumps[k] + 1] = code.length;
      return;
    }
    case N_GROUP:
      if ((n.n as number) < 0) emit((n.items as Node[])[0]);
      else {
        code.push(O_SAVE, 2 * (n.n as number));
        emit((n.items as Node[])[0]);
        code.push(O_SAVE, 2 * (n.n as number) + 1);
      }
      return;
    case N_REP: {
      const body = (n.items as Node[])[0];
      const min = n.min as number,
        max = n.max as number;
      for (let k = 0; k < min; k++) emit(body);
      if (max < 0) {
        // loop: L: SPLIT body, out; body: MARK r; <body>; CHECK r; JMP L
        const r = nregs++;
        const at = code.length;
        code.push(O_SPLIT, 0, 0);
        const bodyAt = code.length;
        code.push(O_MARK, r);
        emit(body);
        code.push(O_CHECK, r, 0, O_JMP, at);
        const out = code.length;
        code[out - 3] = out;
        code[at + 1] = n.lazy ? out : bodyAt;
        code[at + 2] = n.lazy ? bodyAt : out;
      } else {
        const ends: number[] = [];
        for (let k = min; k < max; k++) {
          const at = code.length;
          code.push(O_SPLIT, 0, 0);
          ends.push(at);
          const bodyAt = code.length;
          emit(body);
          code[at + 1] = bodyAt;
        }
        for (let k = 0; k < ends.length; k++) {
          const at = ends[k];
          if (n.lazy) {
            code[at + 2] = code[at + 1];
            code[at + 1] = code.length;
          } else code[at + 2] = code.length;
        }
      }
      return;
    }
    case N_BOL:
      code.push(O_BOL);
      return;
    case N_EOL:
      code.push(O_EOL);
      return;
    case N_SOB:
      code.push(O_SOB);
      return;
    case N_EOB:
      code.push(O_EOB);
      return;
    case N_WORDB:
      code.push(O_WORDB);
      return;
    case N_NWORDB:
      code.push(O_NWORDB);
      return;
    case N_BACKREF:
      code.push(O_BACKREF, n.n as number);
      return;
    case N_LOOK: {
      const body = (n.items as Node[])[0];
      let w = -1;
      if (n.behind) {
        w = width(body);
        if (w < 0) perr("look-behind requires fixed-width pattern");
      }
      const at = code.length;
      code.push(O_LOOK, n.neg ? 1 : 0, w, 0);
      emit(body);
      code.push(O_SUCCEED);
      code[at + 3] = code.length;
      return;
    }
  }
}

const CACHE: { [k: string]: Prog } = {};
let cacheSize = 0;

function compile(src: string, isBytes: boolean, flags: number): Prog {
  const key = (isBytes ? "b" : "s") + flags + ":" + src;
  if (CACHE.hasOwnProperty(key)) return CACHE[key];
  P = codePoints(src);
  pi = 0;
  pflags = flags | (isBytes ? 0x10000 : 0);
  ngroups = 0;
  names = {};
  code = [];
  classes = [];
  nregs = 0;
  const tree = parseAlt();
  if (pi < P.length) perr("unbalanced parenthesis", pi);
  code.push(O_SAVE, 0);
  emit(tree);
  code.push(O_SAVE, 1, O_MATCH);
  const prog: Prog = { code: code, classes: classes, ngroups: ngroups, nregs: nregs, flags: pflags & 0xffff, names: names };
  P = [];
  if (cacheSize >= 64) {
    for (const k in CACHE) if (CACHE.hasOwnProperty(k)) delete CACHE[k];
    cacheSize = 0;
  }
  CACHE[key] = prog;
  cacheSize++;
  return prog;
}

// ---- matching ----

function codePoints(s: string): number[] {
  const r: number[] = [];
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        r.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        k++;
        continue;
      }
    }
    r.push(c);
  }
  return r;
}

function fromCodePoints(s: ArrayLike<number>, a: number, b: number): string {
  let out = "";
  for (let k = a; k < b; k++) {
    const c = s[k];
    if (c >= 0x10000) out += String.fromCharCode(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 1023));
    else out += String.fromCharCode(c);
  }
  return out;
}

let ascii = false;
function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128 || ascii || c >= 0x10000) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
function upper(c: number): number {
  if (c >= 97 && c <= 122) return c - 32;
  if (c < 128 || ascii || c >= 0x10000) return c;
  return String.fromCharCode(c).toUpperCase().charCodeAt(0);
}
// starts of the Unicode decimal digit blocks (ten digits each) beyond ASCII
const DIGITS = [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10];
function isDigit(c: number): boolean {
  if (c < 128 || ascii) return c >= 48 && c <= 57;
  for (let k = 0; k < DIGITS.length; k++) if (c >= DIGITS[k] && c < DIGITS[k] + 10) return true;
  return false;
}
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || (!ascii && (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || (c >= 28 && c <= 31)));
}
function isWord(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (ascii) return false;
  return isDigit(c) || lower(c) !== upper(c) || (c >= 0xaa && c < 0x2000 && c !== 0xd7 && c !== 0xf7 && !isSpace(c) && c > 0xbf);
}

function classHas(n: Node, c: number, ic: boolean): boolean {
  const r = n.ranges as number[];
  let hit = false;
  for (let k = 0; k < r.length && !hit; k += 2) {
    if (c >= r[k] && c <= r[k + 1]) hit = true;
    else if (ic) {
      const l = lower(c),
        u = upper(c);
      if ((l >= r[k] && l <= r[k + 1]) || (u >= r[k] && u <= r[k + 1])) hit = true;
    }
  }
  const s = n.cls as number;
  if (!hit && s) {
    if ((s & 1 && isDigit(c)) || (s & 2 && !isDigit(c)) || (s & 4 && isWord(c)) || (s & 8 && !isWord(c)) || (s & 16 && isSpace(c)) || (s & 32 && !isSpace(c))) hit = true;
  }
  return hit !== !!n.neg;
}

let S: ArrayLike<number> = []; // subject
let END = 0; // endpos
let caps: number[] = [];
let backtracks = 0;

// runs the program from pc at position sp; returns the end position or -1. mode: 0 plain, 1 the
// match must end at END (fullmatch), 2 the match must not be empty at `from`.
function run(prog: Prog, pc: number, sp: number, mode: number, from: number): number {
  const cd = prog.code;
  const fl = prog.flags;
  const ic = (fl & F_I) !== 0;
  const stack: number[] = [];
  for (;;) {
    let ok = true;
    const op = cd[pc];
    switch (op) {
      case O_CHAR: {
        const c = cd[pc + 1];
        if (sp < END && (S[sp] === c || (ic && lower(S[sp]) === lower(c)))) {
          sp++;
          pc += 2;
        } else ok = false;
        break;
      }
      case O_ANY:
        if (sp < END && (fl & F_S || S[sp] !== 10)) {
          sp++;
          pc++;
        } else ok = false;
        break;
      case O_CLASS:
        if (sp < END && classHas(prog.classes[cd[pc + 1]], S[sp], ic)) {
          sp++;
          pc += 2;
        } else ok = false;
        break;
      case O_SPLIT:
        stack.push(0, cd[pc + 2], sp);
        pc = cd[pc + 1];
        break;
      case O_JMP:
        pc = cd[pc + 1];
        break;
      case O_SAVE:
      case O_MARK: {
        const k = op === O_SAVE ? cd[pc + 1] : 2 * prog.ngroups + 2 + cd[pc + 1];
        stack.push(1, k, caps[k]);
        caps[k] = sp;
        pc += 2;
        break;
      }
      case O_CHECK:
        pc = caps[2 * prog.ngroups + 2 + cd[pc + 1]] === sp ? cd[pc + 2] : pc + 3;
        break;
      case O_MATCH:
        if ((mode === 1 && sp !== END) || (mode === 2 && sp === from)) ok = false;
        else return sp;
        break;
      case O_SUCCEED:
        if (mode === 1 && sp !== END) ok = false;
        else return sp;
        break;
      case O_BOL:
        if (sp === 0 || (fl & F_M && S[sp - 1] === 10)) pc++;
        else ok = false;
        break;
      case O_EOL:
        if (sp === END || (sp === END - 1 && S[sp] === 10) || (fl & F_M && S[sp] === 10)) pc++;
        else ok = false;
        break;
      case O_SOB:
        if (sp === 0) pc++;
        else ok = false;
        break;
      case O_EOB:
        if (sp === END) pc++;
        else ok = false;
        break;
      case O_WORDB:
      case O_NWORDB: {
        const b = (sp > 0 && isWord(S[sp - 1])) !== (sp < END && isWord(S[sp]));
        if (b === (op === O_WORDB)) pc++;
        else ok = false;
        break;
      }
      case O_BACKREF: {
        const n = cd[pc + 1];
        const a = caps[2 * n],
          b = caps[2 * n + 1];
        if (a < 0 || b < 0) ok = false;
        else {
          let k = 0;
          while (k < b - a && sp + k < END && (S[sp + k] === S[a + k] || (ic && lower(S[sp + k]) === lower(S[a + k])))) k++;
          if (k === b - a) {
            sp += k;
            pc += 2;
          } else ok = false;
        }
        break;
      }
      case O_LOOK: {
        const neg = cd[pc + 1] === 1,
          w = cd[pc + 2];
        let hit: boolean;
        const saved = caps.slice();
        if (w >= 0) {
          if (sp - w < 0) hit = false;
          else {
            const saveEnd = END;
            END = sp;
            hit = run(prog, pc + 4, sp - w, 1, 0) >= 0;
            END = saveEnd;
          }
        } else hit = run(prog, pc + 4, sp, 0, 0) >= 0;
        if (neg || !hit) caps = saved;
        if (hit !== neg) pc = cd[pc + 3];
        else ok = false;
        break;
      }
    }
    if (ok) continue;
    // backtrack; a pattern that backtracks without end ("(a*)*b") runs no Python code, so the VM
    // never sees an interrupt: look for one now and then (a host whose clock sees a Ctrl-C)
    if (++backtracks > 4095) {
      backtracks = 0;
      pollInterrupt();
    }
    for (;;) {
      if (stack.length === 0) return -1;
      const v = stack.pop() as number,
        x = stack.pop() as number,
        kind = stack.pop() as number;
      if (kind === 1) caps[x] = v;
      else {
        pc = x;
        sp = v;
        break;
      }
    }
  }
}

// Tries prog at positions from..END (only at `from` when anchored); sets caps on success.
function search(prog: Prog, from: number, anchored: boolean, mode: number): boolean {
  ascii = (prog.flags & F_A) !== 0;
  const n = 2 * prog.ngroups + 2 + prog.nregs;
  for (let s = from; s <= END; s++) {
    caps = [];
    for (let k = 0; k < n; k++) caps.push(-1);
    if (run(prog, 0, s, mode === 2 && s !== from ? 0 : mode, from) >= 0) return true;
    if (anchored) return false;
  }
  return false;
}

// ---- Python objects ----

let T_PATTERN = 0,
  T_MATCH = 0;

interface Subject {
  codes: ArrayLike<number>;
  bytes: boolean;
}

// the code points of a subject: a view of the heap for bytes and ASCII str objects (they do not
// move, and the callers keep them reachable), else a converted copy
function subjectOf(v: number, patBytes: boolean): Subject {
  const w = v >> 2;
  if (isStr(v)) {
    if (patBytes) typeError("cannot use a bytes pattern on a string-like object");
    if ((v & 15) === 0 && i32[w + 3] === i32[w + 2]) return { codes: u8.subarray(v + STR_HDR, v + STR_HDR + i32[w + 2]), bytes: false };
    return { codes: codePoints(toJs(v)), bytes: false };
  }
  const t = typeOf(v) === TV.bytes ? "" : bytesTxt(v);
  if (t === null) typeError("expected string or bytes-like object, got '" + typeName(typeOf(v)) + "'");
  if (!patBytes) typeError("cannot use a string pattern on a bytes-like object");
  if (typeOf(v) === TV.bytes) return { codes: u8.subarray(v + STR_HDR, v + STR_HDR + i32[w + 2]), bytes: true };
  return { codes: codePoints(t), bytes: true };
}

function textOf(sub: Subject, a: number, b: number): number {
  const s = fromCodePoints(sub.codes, a, b);
  return sub.bytes ? newBytesFrom(TV.bytes, s) : newStr(s);
}

function patProg(p: number): Prog {
  const w = p >> 2;
  const src = i32[w + 1];
  const isB = !isStr(src);
  return compile(isB ? (bytesTxt(src) as string) : toJs(src), isB, i32[w + 2] >> 1);
}

function newPattern(src: number, flags: number): number {
  const isB = !isStr(src);
  if (isB && bytesTxt(src) === null) typeError("first argument must be string or compiled pattern");
  if (isB && flags & F_U) raise(tv(T.ValueError), "cannot use UNICODE flag with a bytes pattern");
  const prog = compile(isB ? (bytesTxt(src) as string) : toJs(src), isB, flags);
  const base = rsp;
  pushRoot(src);
  const gi = newDict();
  pushRoot(gi);
  for (const k in prog.names) if (prog.names.hasOwnProperty(k)) dictSet(gi, newStr(k.substring(1)), mkInt(prog.names[k]));
  const p = alloc(T_PATTERN, 20);
  const w = p >> 2;
  i32[w + 1] = src;
  i32[w + 2] = ((prog.flags | (isB || prog.flags & F_A ? 0 : F_U)) << 1) | 1;
  i32[w + 3] = mkInt(prog.ngroups);
  i32[w + 4] = gi;
  setRsp(base);
  return p;
}

// a pattern object from a pattern or a str/bytes with flags
function toPattern(v: number, flags: number): number {
  if (typeOf(v) === T_PATTERN) {
    if (flags) raise(tv(T.ValueError), "cannot process flags argument with a compiled pattern");
    return v;
  }
  if (!isStr(v) && bytesTxt(v) === null) typeError("first argument must be string or compiled pattern");
  return newPattern(v, flags);
}

function newMatch(pat: number, subject: number, pos: number, endpos: number): number {
  const n = caps.length >> 0;
  const ng = i32[(pat >> 2) + 3] >> 1;
  const base = rsp;
  pushRoot(pat);
  pushRoot(subject);
  const spans = newTuple(2 * ng + 2);
  for (let k = 0; k < 2 * ng + 2; k++) i32[(spans >> 2) + 2 + k] = mkInt(k < n ? caps[k] : -1);
  pushRoot(spans);
  const m = alloc(T_MATCH, 24);
  const w = m >> 2;
  i32[w + 1] = pat;
  i32[w + 2] = subject;
  i32[w + 3] = spans;
  i32[w + 4] = mkInt(pos);
  i32[w + 5] = mkInt(endpos);
  setRsp(base);
  return m;
}

// runs pattern p on subject with pos/endpos from the arguments: mode 0 search, 1 match, 2 fullmatch
function doMatch(p: number, subject: number, a: number, n: number, kw: number, nkw: number, first: number, how: number): number {
  const prog = patProg(p);
  const sub = subjectOf(subject, !isStr(i32[(p >> 2) + 1]));
  const len = sub.codes.length;
  const pv = n > first ? i32[a + first] : kwArg(kw, nkw, Q.pos);
  const ev = n > first + 1 ? i32[a + first + 1] : kwArg(kw, nkw, Q.endpos);
  let pos = pv === 0 ? 0 : toInt(pv),
    end = ev === 0 ? len : toInt(ev);
  if (pos < 0) pos = 0;
  if (pos > len) pos = len;
  if (end > len) end = len;
  if (end < pos) end = pos;
  S = sub.codes;
  END = end;
  const ok = search(prog, pos, how !== 0, how === 2 ? 1 : 0);
  S = [];
  if (!ok) return C.None;
  return newMatch(p, subject, pos, end);
}

function spanOf(m: number, g: number): number[] {
  const sp = i32[(m >> 2) + 3];
  return [i32[(sp >> 2) + 2 + 2 * g] >> 1, i32[(sp >> 2) + 3 + 2 * g] >> 1];
}

function groupIndex(m: number, g: number): number {
  const pat = i32[(m >> 2) + 1];
  const ng = i32[(pat >> 2) + 3] >> 1;
  if (g & 1 || g === C.True || g === C.False) {
    const k = g === C.True ? 1 : g === C.False ? 0 : g >> 1;
    if (k < 0 || k > ng) raise(tv(T.IndexError), "no such group");
    return k;
  }
  if (isStr(g)) {
    const k = dictGet(i32[(pat >> 2) + 4], g);
    if (k !== 0) return k >> 1;
  }
  raise(tv(T.IndexError), "no such group");
}

function groupValue(m: number, k: number, dflt: number): number {
  const s = spanOf(m, k);
  if (s[0] < 0) return dflt;
  const subject = i32[(m >> 2) + 2];
  const pat = i32[(m >> 2) + 1];
  return textOf(subjectOf(subject, !isStr(i32[(pat >> 2) + 1])), s[0], s[1]);
}

function groupsTuple(m: number, dflt: number, from: number): number {
  const pat = i32[(m >> 2) + 1];
  const ng = i32[(pat >> 2) + 3] >> 1;
  const t = newTuple(ng + 1 - from);
  pushRoot(t);
  for (let k = from; k <= ng; k++) i32[(t >> 2) + 2 + k - from] = groupValue(m, k, dflt);
  popRoots(1);
  return t;
}

const M_GROUP = defNative(Q.group, 1, 255, function (a, n) {
  const m = i32[a];
  if (n <= 2) return groupValue(m, n === 1 ? 0 : groupIndex(m, i32[a + 1]), C.None);
  const t = newTuple(n - 1);
  pushRoot(t);
  for (let k = 1; k < n; k++) i32[(t >> 2) + 1 + k] = groupValue(m, groupIndex(m, i32[a + k]), C.None);
  popRoots(1);
  return t;
});
const M_GROUPS = defNative(Q.groups, 1, 2, function (a, n, kw, nkw) {
  const d = n > 1 ? i32[a + 1] : kwArg(kw, nkw, Q.default);
  return groupsTuple(i32[a], d === 0 ? C.None : d, 1);
});
const M_GROUPDICT = defNative(Q.groupdict, 1, 2, function (a, n, kw, nkw) {
  const m = i32[a];
  const dv = n > 1 ? i32[a + 1] : kwArg(kw, nkw, Q.default);
  const prog = patProg(i32[(m >> 2) + 1]);
  const d = newDict();
  pushRoot(d);
  const order: string[] = [];
  for (const k in prog.names) if (prog.names.hasOwnProperty(k)) order.push(k);
  order.sort(function (x, y) {
    return prog.names[x] - prog.names[y];
  });
  for (let j = 0; j < order.length; j++) {
    const key = newStr(order[j].substring(1));
    pushRoot(key);
    dictSet(d, key, groupValue(m, prog.names[order[j]], dv === 0 ? C.None : dv));
    popRoots(1);
  }
  popRoots(1);
  return d;
});
function spanPart(part: number) {
  return function (a: number, n: number): number {
    const s = spanOf(i32[a], n > 1 ? groupIndex(i32[a], i32[a + 1]) : 0);
    if (part === 0) return mkInt(s[0]);
    if (part === 1) return mkInt(s[1]);
    const t = newTuple(2);
    i32[(t >> 2) + 2] = mkInt(s[0]);
    i32[(t >> 2) + 3] = mkInt(s[1]);
    return t;
  };
}
const M_START = defNative(Q.start, 1, 2, spanPart(0));
const M_END = defNative(Q.end, 1, 2, spanPart(1));
const M_SPAN = defNative(Q.span, 1, 2, spanPart(2));
const M_EXPAND = defNative(Q.expand, 2, 2, function (a) {
  return expand(i32[a], i32[a + 1]);
});

// the replacement text for match m of template tpl (a str or bytes with \1, \g<name>, \n...)
function expand(m: number, tpl: number): number {
  const pat = i32[(m >> 2) + 1];
  const isB = !isStr(i32[(pat >> 2) + 1]);
  const t = templateText(tpl, isB);
  const out = expandText(pat, t, subjectOf(i32[(m >> 2) + 2], isB), function (g) {
    return spanOf(m, g);
  });
  return isB ? newBytesFrom(TV.bytes, out) : newStr(out);
}

function templateText(tpl: number, isB: boolean): string {
  const t = isStr(tpl) ? toJs(tpl) : bytesTxt(tpl);
  if (t === null || isStr(tpl) === isB) typeError("expected " + (isB ? "a bytes-like object" : "str instance") + ", " + typeName(typeOf(tpl)) + " found");
  return t;
}

function expandText(pat: number, t: string, sub: Subject, span: (g: number) => number[]): string {
  const ng = i32[(pat >> 2) + 3] >> 1;
  let out = "";
  const tc = codePoints(t);
  for (let k = 0; k < tc.length; k++) {
    const c = tc[k];
    if (c !== 92) {
      out += fromCodePoints(tc, k, k + 1);
      continue;
    }
    if (k + 1 >= tc.length) raise(errType(), "bad escape (end of pattern) at position " + k);
    const d = String.fromCharCode(tc[++k]);
    let g = -1;
    if (d === "g") {
      if (tc[k + 1] !== 60) raise(errType(), "missing < at position " + (k + 1));
      let name = "";
      let j = k + 2;
      while (j < tc.length && tc[j] !== 62) name += String.fromCharCode(tc[j++]);
      if (j >= tc.length) raise(errType(), "missing >, unterminated name at position " + (k + 2));
      k = j;
      if (/^\d+$/.test(name)) g = parseInt(name, 10);
      else {
        const gi = dictGet(i32[(pat >> 2) + 4], newStr(name));
        if (gi === 0) raise(tv(T.IndexError), "unknown group name '" + name + "'");
        g = gi >> 1;
      }
      if (g > ng) raise(errType(), "invalid group reference " + g + " at position " + (k - name.length));
    } else if (d >= "1" && d <= "9") {
      g = tc[k] - 48;
      if (k + 1 < tc.length && tc[k + 1] >= 48 && tc[k + 1] <= 57) g = g * 10 + tc[++k] - 48;
      if (g > ng) raise(errType(), "invalid group reference " + g + " at position " + (k - 1));
    } else if (d === "0") {
      let v = 0;
      for (let j = 0; j < 2 && k + 1 < tc.length && tc[k + 1] >= 48 && tc[k + 1] <= 55; j++) v = v * 8 + tc[++k] - 48;
      out += String.fromCharCode(v);
      continue;
    } else {
      const simple = "ntrfvab\\";
      const sv = "\n\t\r\f\v\x07\b\\";
      if (simple.indexOf(d) >= 0) out += sv.charAt(simple.indexOf(d));
      else if (/[A-Za-z]/.test(d)) raise(errType(), "bad escape \\" + d + " at position " + (k - 1));
      else out += "\\" + d;
      continue;
    }
    const s = span(g);
    if (s[0] >= 0) out += fromCodePoints(sub.codes, s[0], s[1]);
  }
  return out;
}

function initTypes(): void {
  T_MATCH = defType(newTypeIndex(), Q.Match, TV.object, {
    repr: function (m) {
      const s = spanOf(m, 0);
      const g = groupValue(m, 0, C.None);
      return "<re.Match object; span=(" + s[0] + ", " + s[1] + "), match=" + reprOf(g) + ">";
    },
    getitem: function (m, k) {
      return groupValue(m, groupIndex(m, k), C.None);
    },
    attr: function (m, q) {
      const w = m >> 2;
      if (q === qv(Q.string)) return i32[w + 2];
      if (q === qv(Q.re)) return i32[w + 1];
      if (q === qv(Q.pos)) return i32[w + 4];
      if (q === qv(Q.endpos)) return i32[w + 5];
      if (q === qv(Q.lastindex) || q === qv(Q.lastgroup)) {
        // the group that closed last: the one with the greatest end, the outermost on ties
        const ng = i32[(i32[w + 1] >> 2) + 3] >> 1;
        let best = -1,
          bestEnd = -1;
        for (let k = 1; k <= ng; k++) {
          const s = spanOf(m, k);
          if (s[0] >= 0 && s[1] > bestEnd) {
            best = k;
            bestEnd = s[1];
          }
        }
        if (best < 0) return C.None;
        if (q === qv(Q.lastindex)) return mkInt(best);
        const prog = patProg(i32[w + 1]);
        for (const k in prog.names) if (prog.names.hasOwnProperty(k) && prog.names[k] === best) return newStr(k.substring(1));
        return C.None;
      }
      return 0;
    },
    locals: romMap(named([M_GROUP, M_GROUPS, M_GROUPDICT, M_START, M_END, M_SPAN, M_EXPAND])),
  });
  T_PATTERN = defType(newTypeIndex(), Q.Pattern, TV.object, {
    repr: function (p) {
      const w = p >> 2;
      const fl = (i32[w + 2] >> 1) & ~F_U;
      const names = ["re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.VERBOSE", "re.DEBUG", "re.ASCII"];
      const bits = [F_I, F_L, F_M, F_S, F_X, F_DEBUG, F_A];
      const on: string[] = [];
      for (let k = 0; k < bits.length; k++) if (fl & bits[k]) on.push(names[k]);
      return "re.compile(" + reprOf(i32[w + 1]) + (on.length ? ", " + on.join("|") : "") + ")";
    },
    eq: function (a, b) {
      if (typeOf(b) !== T_PATTERN) return 0;
      const x = a >> 2,
        y = b >> 2;
      return i32[x + 2] === i32[y + 2] && reprOf(i32[x + 1]) === reprOf(i32[y + 1]) ? C.True : C.False;
    },
    hash: function (p) {
      return (i32[(p >> 2) + 2] >> 1) ^ reprOf(i32[(p >> 2) + 1]).length;
    },
    attr: function (p, q) {
      const w = p >> 2;
      if (q === qv(Q.pattern)) return i32[w + 1];
      if (q === qv(Q.flags)) return i32[w + 2];
      if (q === qv(Q.groups)) return i32[w + 3];
      if (q === qv(Q.groupindex)) return i32[w + 4];
      return 0;
    },
    locals: romMap(named([P_MATCH, P_SEARCH, P_FULLMATCH, P_SUB, P_SUBN, P_SPLIT, P_FINDALL, P_FINDITER])),
  });
}

// ---- operations shared by the module functions and the pattern methods ----

// every match of p in subject (pos..endpos), with CPython's rule for empty matches; f gets the
// match spans (caps) and returns false to stop
function scan(p: number, sub: Subject, limit: number, f: (caps: number[]) => boolean): void {
  const prog = patProg(p);
  let pos = 0,
    must = false,
    n = 0;
  const len = sub.codes.length;
  while (pos <= len && (limit <= 0 || n < limit)) {
    S = sub.codes;
    END = len;
    const ok = search(prog, pos, false, must ? 2 : 0);
    S = [];
    if (!ok) break;
    n++;
    const c = caps.slice();
    if (!f(c)) break;
    must = c[1] === c[0];
    pos = c[1];
  }
}

function subImpl(p: number, repl: number, subject: number, count: number, withN: boolean): number {
  const base = rsp;
  pushRoot(p);
  pushRoot(repl);
  pushRoot(subject);
  const isB = !isStr(i32[(p >> 2) + 1]);
  const callable = isCallable(repl);
  if (!callable && !isStr(repl) && bytesTxt(repl) === null) typeError("expected str or callable");
  let out = "",
    last = 0,
    n = 0;
  const sub = subjectOf(subject, isB);
  const tpl = callable ? "" : templateText(repl, isB);
  const literal = tpl.indexOf("\\") < 0;
  scan(p, sub, count, function (c) {
    out += fromCodePoints(sub.codes, last, c[0]);
    if (!callable) {
      out += literal
        ? tpl
        : expandText(p, tpl, sub, function (g) {
            return [c[2 * g], c[2 * g + 1]];
          });
    } else {
      caps = c;
      const m = newMatch(p, subject, 0, sub.codes.length);
      pushRoot(m);
      const r = call1(repl, m);
      popRoots(1);
      if (r !== C.None) out += templateText(r, isB);
    }
    checkHostLen(out.length);
    last = c[1];
    n++;
    return true;
  });
  out += fromCodePoints(sub.codes, last, sub.codes.length);
  const res = isB ? newBytesFrom(TV.bytes, out) : newStr(out);
  if (!withN) {
    setRsp(base);
    return res;
  }
  pushRoot(res);
  const t = newTuple(2);
  i32[(t >> 2) + 2] = res;
  i32[(t >> 2) + 3] = mkInt(n);
  setRsp(base);
  return t;
}
function splitImpl(p: number, subject: number, maxsplit: number): number {
  const base = rsp;
  pushRoot(p);
  pushRoot(subject);
  const l = newList(0);
  pushRoot(l);
  const ng = i32[(p >> 2) + 3] >> 1;
  let last = 0;
  const sub = subjectOf(subject, !isStr(i32[(p >> 2) + 1]));
  scan(p, sub, maxsplit, function (c) {
    listAppend(l, textOf(sub, last, c[0]));
    for (let k = 1; k <= ng; k++) listAppend(l, c[2 * k] >= 0 ? textOf(sub, c[2 * k], c[2 * k + 1]) : C.None);
    last = c[1];
    return true;
  });
  listAppend(l, textOf(sub, last, sub.codes.length));
  setRsp(base);
  return l;
}

function findallImpl(p: number, subject: number): number {
  const base = rsp;
  pushRoot(p);
  pushRoot(subject);
  const l = newList(0);
  pushRoot(l);
  const ng = i32[(p >> 2) + 3] >> 1;
  const sub = subjectOf(subject, !isStr(i32[(p >> 2) + 1]));
  const empty = sub.bytes ? newBytesFrom(TV.bytes, "") : qv(Q.empty);
  pushRoot(empty);
  scan(p, sub, 0, function (c) {
    if (ng === 0) listAppend(l, textOf(sub, c[0], c[1]));
    else if (ng === 1) listAppend(l, c[2] >= 0 ? textOf(sub, c[2], c[3]) : empty);
    else {
      const t = newTuple(ng);
      pushRoot(t);
      for (let k = 1; k <= ng; k++) i32[(t >> 2) + 1 + k] = c[2 * k] >= 0 ? textOf(sub, c[2 * k], c[2 * k + 1]) : empty;
      listAppend(l, t);
      popRoots(1);
    }
    return true;
  });
  setRsp(base);
  return l;
}

// finditer: an iterator over a state tuple (pattern, subject, next position, must advance)
const FINDITER = defIterKind(function (it) {
  const st = iterObj(it);
  const w = st >> 2;
  const p = i32[w + 2],
    subject = i32[w + 3];
  const pos = iterPos(it);
  if (pos < 0) return 0;
  const prog = patProg(p);
  const sub = subjectOf(subject, !isStr(i32[(p >> 2) + 1]));
  if (pos > sub.codes.length) return 0;
  S = sub.codes;
  END = sub.codes.length;
  const ok = search(prog, pos, false, i32[w + 4] === C.True ? 2 : 0);
  S = [];
  if (!ok) {
    setIterPos(it, -1);
    return 0;
  }
  i32[w + 4] = caps[1] === caps[0] ? C.True : C.False;
  setIterPos(it, caps[1]);
  return newMatch(p, subject, 0, sub.codes.length);
});

function finditerImpl(p: number, subject: number): number {
  subjectOf(subject, !isStr(i32[(p >> 2) + 1]));
  const st = newTuple(3);
  i32[(st >> 2) + 2] = p;
  i32[(st >> 2) + 3] = subject;
  i32[(st >> 2) + 4] = C.False;
  return newIter(FINDITER, st, 0);
}

function intArg(a: number, n: number, k: number, kw: number, nkw: number, q: number): number {
  const v = n > k ? i32[a + k] : kwArg(kw, nkw, q);
  return v === 0 ? 0 : toInt(v);
}

// pattern methods: self is the pattern
const P_MATCH = defNative(Q.match, 2, 4, function (a, n, kw, nkw) {
  return doMatch(i32[a], i32[a + 1], a, n, kw, nkw, 2, 1);
});
const P_SEARCH = defNative(Q.search, 2, 4, function (a, n, kw, nkw) {
  return doMatch(i32[a], i32[a + 1], a, n, kw, nkw, 2, 0);
});
const P_FULLMATCH = defNative(Q.fullmatch, 2, 4, function (a, n, kw, nkw) {
  return doMatch(i32[a], i32[a + 1], a, n, kw, nkw, 2, 2);
});
const P_SUB = defNative(Q.sub, 3, 4, function (a, n, kw, nkw) {
  return subImpl(i32[a], i32[a + 1], i32[a + 2], intArg(a, n, 3, kw, nkw, Q.count), false);
});
const P_SUBN = defNative(Q.subn, 3, 4, function (a, n, kw, nkw) {
  return subImpl(i32[a], i32[a + 1], i32[a + 2], intArg(a, n, 3, kw, nkw, Q.count), true);
});
const P_SPLIT = defNative(Q.split, 2, 3, function (a, n, kw, nkw) {
  return splitImpl(i32[a], i32[a + 1], intArg(a, n, 2, kw, nkw, Q.maxsplit));
});
const P_FINDALL = defNative(Q.findall, 2, 2, function (a) {
  return findallImpl(i32[a], i32[a + 1]);
});
const P_FINDITER = defNative(Q.finditer, 2, 2, function (a) {
  return finditerImpl(i32[a], i32[a + 1]);
});

// module functions: (pattern, ..., flags)
function flagsArg(a: number, n: number, k: number, kw: number, nkw: number): number {
  return intArg(a, n, k, kw, nkw, Q.flags);
}
function withPattern(a: number, flags: number): number {
  const p = toPattern(i32[a], flags);
  i32[a] = p;
  return p;
}

const COMPILE = defNative(Q.compile, 1, 2, function (a, n, kw, nkw) {
  return toPattern(i32[a], flagsArg(a, n, 1, kw, nkw));
});
const MATCH = defNative(Q.match, 2, 3, function (a, n, kw, nkw) {
  return doMatch(withPattern(a, flagsArg(a, n, 2, kw, nkw)), i32[a + 1], a, 0, 0, 0, 9, 1);
});
const SEARCH = defNative(Q.search, 2, 3, function (a, n, kw, nkw) {
  return doMatch(withPattern(a, flagsArg(a, n, 2, kw, nkw)), i32[a + 1], a, 0, 0, 0, 9, 0);
});
const FULLMATCH = defNative(Q.fullmatch, 2, 3, function (a, n, kw, nkw) {
  return doMatch(withPattern(a, flagsArg(a, n, 2, kw, nkw)), i32[a + 1], a, 0, 0, 0, 9, 2);
});
const SUB = defNative(Q.sub, 3, 5, function (a, n, kw, nkw) {
  return subImpl(withPattern(a, flagsArg(a, n, 4, kw, nkw)), i32[a + 1], i32[a + 2], intArg(a, n, 3, kw, nkw, Q.count), false);
});
const SUBN = defNative(Q.subn, 3, 5, function (a, n, kw, nkw) {
  return subImpl(withPattern(a, flagsArg(a, n, 4, kw, nkw)), i32[a + 1], i32[a + 2], intArg(a, n, 3, kw, nkw, Q.count), true);
});
const SPLIT = defNative(Q.split, 2, 4, function (a, n, kw, nkw) {
  return splitImpl(withPattern(a, flagsArg(a, n, 3, kw, nkw)), i32[a + 1], intArg(a, n, 2, kw, nkw, Q.maxsplit));
});
const FINDALL = defNative(Q.findall, 2, 3, function (a, n, kw, nkw) {
  return findallImpl(withPattern(a, flagsArg(a, n, 2, kw, nkw)), i32[a + 1]);
});
const FINDITER_F = defNative(Q.finditer, 2, 3, function (a, n, kw, nkw) {
  return finditerImpl(withPattern(a, flagsArg(a, n, 2, kw, nkw)), i32[a + 1]);
});
const ESCAPE = defNative(Q.escape, 1, 1, function (a) {
  const v = i32[a];
  const t = isStr(v) ? toJs(v) : bytesTxt(v);
  if (t === null) typeError("expected str or bytes");
  let out = "";
  for (let k = 0; k < t.length; k++) {
    const ch = t.charAt(k);
    out += "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".indexOf(ch) >= 0 ? "\\" + ch : ch;
  }
  return isStr(v) ? newStr(out) : newBytesFrom(TV.bytes, out);
});
const PURGE = defNative(Q.purge, 0, 0, function () {
  for (const k in CACHE) if (CACHE.hasOwnProperty(k)) delete CACHE[k];
  cacheSize = 0;
  return C.None;
});

export function initRe(): void {
  const table = function () {
    if (T_PATTERN === 0) initTypes();
    const t = [
      qv(Q.compile), COMPILE, qv(Q.match), MATCH, qv(Q.search), SEARCH, qv(Q.fullmatch), FULLMATCH, qv(Q.sub), SUB, qv(Q.subn), SUBN,
      qv(Q.split), SPLIT, qv(Q.findall), FINDALL, qv(Q.finditer), FINDITER_F, qv(Q.escape), ESCAPE, qv(Q.purge), PURGE,
      qv(Q.error), errType(), qv(Q.Pattern), T_PATTERN, qv(Q.Match), T_MATCH,
    ];
    const fl = [Q.I, F_I, Q.IGNORECASE, F_I, Q.M, F_M, Q.MULTILINE, F_M, Q.S, F_S, Q.DOTALL, F_S, Q.X, F_X, Q.VERBOSE, F_X, Q.A, F_A, Q.ASCII, F_A, Q.U, F_U, Q.UNICODE, F_U, Q.L, F_L, Q.LOCALE, F_L, Q.DEBUG, F_DEBUG];
    for (let k = 0; k < fl.length; k += 2) t.push(qv(fl[k]), mkInt(fl[k + 1]));
    return t;
  };
  defModule(Q.re, table);
}

