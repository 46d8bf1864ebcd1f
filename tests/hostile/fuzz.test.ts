// Seeded fuzzing of the lexer, compiler and VM through the embedding API (src/embed.ts).
//
// Programs: mutations of the conformance corpus (tokens or lines deleted, duplicated, swapped,
// characters replaced by odd ones: NUL, lone surrogates, bytes that are invalid UTF-8 read as
// Latin-1), deep nesting of every bracket, block and prefix operator, huge literals, and token
// soup. Invariants, after every program: done is called exactly once and never with "internal
// error" (every failure is a Python exception), a program that runs past its time budget stops
// on interrupt() with KeyboardInterrupt, heapCheck passes, and the interpreter still runs a
// program right.
//
// CI runs MPJS_FUZZ_COUNT programs (default 400, then MPJS_FUZZ_GC_COUNT more under gc stress) from seed MPJS_FUZZ_SEED (default: fixed), each
// with a budget of MPJS_FUZZ_BUDGET_MS (default 1000). A longer run on demand:
//   MPJS_FUZZ_COUNT=20000 MPJS_FUZZ_SEED=$RANDOM npx vitest run tests/hostile/fuzz.test.ts
// MPJS_FUZZ_TRACE=file writes each program there before it runs (to find one that hangs).
// A failure names the seed and the program's index; the same seed and count replay it.
import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listPrograms, CORPUS } from "../lib/corpus.mjs";
import { prng, pick, interp, clip, Interp } from "./harness";

const COUNT = Number(process.env.MPJS_FUZZ_COUNT || 400);
const SEED = Number(process.env.MPJS_FUZZ_SEED || 20261125);
const BUDGET_MS = Number(process.env.MPJS_FUZZ_BUDGET_MS || 1000);
// programs run under gc stress (MPJS_FUZZ_GC_COUNT, default 60), from seed MPJS_FUZZ_SEED + 1
const GC_COUNT = Number(process.env.MPJS_FUZZ_GC_COUNT || 60);
// MPJS_FUZZ_TRACE=file: the program about to run is written there (to find one that hangs the host)
const TRACE = process.env.MPJS_FUZZ_TRACE;
// bytes in use after globals are cleared (modules stay imported): more would be a leak
const LEAK_LIMIT = 64 * 1024;

const programs: string[] = listPrograms().map((p: string) => readFileSync(join(CORPUS, p), "utf8"));

// Characters a mutation may put in: NUL, controls, quotes and brackets that unbalance, a lone
// surrogate, U+FFFD, Latin-1 bytes 0x80-0xFF (what invalid UTF-8 becomes when a host decodes it
// byte by byte), a tab that mixes indentation, and letters of other scripts.
const ODD = ["\0", "\x01", "\x7f", "\r", "\t", "\\", "'", '"', "'''", "(", ")", "[", "]", "{", "}", ":", "\n", "\n    ", "\ud800", "\udfff", "\ufffd", "\u00ff", "\u0080", "\u00c3", "é", "λ", "𝔸", "\u2028", "\ufeff", "#", "@", "$", "?", "`", "!", ";", ",", "."];
const TOKENS = ["def", "class", "lambda", "yield", "return", "if", "else", "elif", "while", "for", "in", "not", "and", "or", "try", "except", "finally", "raise", "with", "as", "import", "from", "global", "nonlocal", "del", "pass", "break", "continue", "async", "await", "assert", "is", "None", "True", "False", "x", "y", "f", "self", "print", "len", "range", "str", "list", "dict", "set", "tuple", "object", "type", "super", "iter", "next", "1", "0", "-1", "1.5", "1e308", "2**64", "10**10", "'s'", "b'b'", "f'{x}'", "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "~", "<", ">", "==", "!=", "=", "+=", ":=", "->", "...", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}", "\n", "\n    ", "\n        "];

function tokenize(src: string): string[] {
  return src.match(/[A-Za-z_]\w*|\d[\w.]*|'[^'\n]*'|"[^"\n]*"|\s+|[^\s\w]/g) || [];
}

function mutate(r: () => number, src: string): string {
  const rounds = 1 + pick(r, 2);
  for (let k = 0; k < rounds; k++) {
    const kind = pick(r, 9);
    if (kind <= 3) {
      const t = tokenize(src);
      if (t.length < 2) continue;
      const i = pick(r, t.length);
      const j = pick(r, t.length);
      if (kind === 0) t.splice(i, 1);
      else if (kind === 1) t.splice(i, 0, t[j]);
      else if (kind === 2) {
        const x = t[i];
        t[i] = t[j];
        t[j] = x;
      } else t.splice(i, 0, TOKENS[pick(r, TOKENS.length)], " ");
      src = t.join("");
    } else if (kind <= 6) {
      const l = src.split("\n");
      const i = pick(r, l.length);
      const j = pick(r, l.length);
      if (kind === 4) l.splice(i, 1);
      else if (kind === 5) l.splice(i, 0, l[j]);
      else {
        const x = l[i];
        l[i] = l[j];
        l[j] = x;
      }
      src = l.join("\n");
    } else if (kind === 7) {
      const i = pick(r, src.length + 1);
      src = src.slice(0, i) + ODD[pick(r, ODD.length)] + src.slice(i + 1);
    } else {
      // a byte flip: one character's code changes by a power of two
      const i = pick(r, src.length);
      if (src.length) src = src.slice(0, i) + String.fromCharCode(src.charCodeAt(i) ^ (1 << pick(r, 8))) + src.slice(i + 1);
    }
  }
  return src;
}

function rep(s: string, n: number): string {
  let out = "";
  for (let k = 0; k < n; k++) out += s;
  return out;
}

// Deeply nested source of one kind, at a depth that is sometimes harmless and sometimes not.
function nested(r: () => number): string {
  const depths = [10, 50, 100, 300, 1000, 3000];
  const n = depths[pick(r, depths.length)];
  const kinds = [
    () => "x = " + rep("(", n) + "1" + rep(")", n),
    () => "x = " + rep("[", n) + rep("]", n),
    () => "x = " + rep("{", n) + rep("}", n),
    () => "x = " + rep("{1:", n) + "1" + rep("}", n),
    () => "x = " + rep("not ", n) + "1",
    () => "x = " + rep("-", n) + "1",
    () => "x = " + rep("~", n) + "1",
    () => "x = 2" + rep(" ** 1", n),
    () => "x = " + rep("lambda: ", n) + "1",
    () => "x = " + rep("1 if 1 else ", n) + "1",
    () => "x = " + rep("f(", n) + rep(")", n),
    () => "x = y" + rep("[0]", n),
    () => "x = y" + rep(".a", n),
    () => "x = " + rep("(yield ", n) + rep(")", n),
    () => "x = [" + rep("[i for i in ", n) + "()" + rep("]", n) + "]",
    () => "x = f'" + rep("{", Math.min(n, 50)) + "1" + rep("}", Math.min(n, 50)) + "'",
    () => {
      let s = "";
      for (let k = 0; k < n; k++) s += rep(" ", k) + "if 1:\n";
      return s + rep(" ", n) + "pass\n";
    },
    () => {
      let s = "";
      for (let k = 0; k < n; k++) s += rep(" ", k) + "def f():\n";
      return s + rep(" ", n) + "return 1\n";
    },
    () => {
      let s = "";
      for (let k = 0; k < n; k++) s += rep(" ", k) + "try:\n";
      return s + rep(" ", n) + "pass\n";
    },
    () => "x = " + rep("(", n) + rep(")", n - 1),
    () => rep("(", n) + "\n",
  ];
  return kinds[pick(r, kinds.length)]();
}

function huge(r: () => number): string {
  const n = [1000, 100000, 1000000][pick(r, 3)];
  const kinds = [
    () => "x = " + rep("9", n) + "\nprint(x % 1000)",
    () => "x = 0x" + rep("f", n) + "\nprint(x & 255)",
    () => "x = " + rep("9", n) + ".5\nprint(x)",
    () => "x = 1e" + rep("9", Math.min(n, 1000)) + "\nprint(x)",
    () => "x = '" + rep("a", n) + "'\nprint(len(x))",
    () => "x = b'" + rep("\\xff", n / 4) + "'\nprint(len(x))",
    () => "x = '''" + rep("é\n", n / 2) + "'''\nprint(len(x))",
    () => "x = " + rep("1,", n / 2) + "\nprint(len(x))",
    () => "x = [" + rep("'ab', ", n / 6) + "]\nprint(len(x))",
    () => rep("x = 1\n", n / 6) + "print(x)",
    () => "print(" + rep("1 + ", n / 4) + "1)",
    () => "x = " + rep("a", n) + " = 1",
    () => "# " + rep("\0", n) + "\nprint(1)",
    () => rep("\0", 100),
    () => "print('" + rep("\\N{", 10) + "')",
  ];
  return kinds[pick(r, kinds.length)]();
}

function soup(r: () => number): string {
  let s = "";
  const n = 1 + pick(r, 60);
  for (let k = 0; k < n; k++) s += TOKENS[pick(r, TOKENS.length)] + (r() < 0.7 ? " " : "");
  return s;
}

function program(r: () => number): string {
  const k = pick(r, 20);
  if (k < 14) return mutate(r, programs[pick(r, programs.length)]);
  if (k < 16) return nested(r);
  if (k < 18) return huge(r);
  return soup(r);
}

function fuzz(COUNT: number, SEED: number, fresh: () => Interp, label: string): void {
  const r = prng(SEED);
  let vm: Interp = fresh();
  const tally: Record<string, number> = {};
  let interrupts = 0;
  for (let k = 0; k < COUNT; k++) {
    const src = program(r);
    if (TRACE) writeFileSync(TRACE, `${k}\n${src}`);
    let res;
    try {
      res = vm.run(src, BUDGET_MS);
    } catch (e) {
      throw new Error(`seed ${SEED} program ${k}: ${(e as Error).message}\n${clip(src, 2000)}`);
    }
    if (res.interrupted) {
      interrupts++;
      // once interrupted, it ends as KeyboardInterrupt unless a handler turned it into something
      // else (a bare except: that raises anew, a finally that raises...) or it had just finished
      if (res.err !== "KeyboardInterrupt" && !/KeyboardInterrupt/.test(res.stderr) && res.err !== null) {
        expect(/^\w+(Error|Exception|Exit|Iteration)\b/.test(String(res.err)), `seed ${SEED} program ${k}: ${res.err}\n${clip(src)}`).toBe(true);
      }
    }
    const name = res.err === null ? "ok" : String(res.err).replace(/[:(].*/s, "");
    tally[name] = (tally[name] || 0) + 1;
    // the interpreter is still usable, and once the program's globals are gone its objects are
    // collected (what builtins cache and modules it imported stay); a fresh interpreter replaces
    // this one now and then so that one program's changes to builtins do not hide the next bugs
    expect(vm.run("globals().clear()\n__name__ = '__main__'").err, `after seed ${SEED} program ${k}`).toBe(null);
    const ok = vm.run("import gc\ngc.collect()\nprint(sum([1, 2, 3]), 'ok', gc.mem_alloc() < " + LEAK_LIMIT + ")", 5000);
    expect(ok.out, `after seed ${SEED} program ${k}: ${ok.stderr}\n${clip(src, 2000)}`).toBe("6 ok True\n");
    if (k % 25 === 24) {
      vm = fresh();
    }
  }
  // every kind of ending is a Python one
  for (const name of Object.keys(tally)) expect(name, JSON.stringify(tally)).toMatch(/^(ok|[A-Za-z_]\w*)$/);
  console.log(`fuzz${label}: ${COUNT} programs, seed ${SEED}, ${interrupts} interrupted at the budget; endings ${JSON.stringify(tally)}`);
}

describe("fuzz", () => {
  it(`${COUNT} random and mutated programs (seed ${SEED}) end in a Python exception or normally`, () => {
    fuzz(COUNT, SEED, () => interp(), "");
  });

  // every allocation collects first: a pointer a native holds unrooted across an allocation shows
  it(`${GC_COUNT} more under gc stress (seed ${SEED + 1})`, () => {
    fuzz(GC_COUNT, SEED + 1, () => interp(128 * 1024, true), " (gc stress)");
  });
});
