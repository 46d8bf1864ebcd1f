// The shape of the minified engine bundles (rollup.config.mjs minify): what terser does to the
// code beyond making it short.

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "acorn";
import { SourceMap } from "../lib/sourcemap.mjs";
import { topLevelUses } from "../../tools/hot-names.mjs";
import { children, iifeOf } from "../../tools/es5-ast.mjs";
import { topLevelVars } from "../../tools/top-level-vars.mjs";
import { choosePieces, encode, CODES, DICTIONARY } from "../../tools/message-words.mjs";
import { createRealm } from "../lib/realm.mjs";
import { execFileSync } from "node:child_process";

const BUNDLES = ["dist/espruino/mpjs.js", "dist/jerryscript/mpjs.js", "dist/espruino/mpjs-board.js"];

// Whether the TypeScript line at a source map position declares a function (a class's ES5 code is
// a function expression called once where the class is: TypeScript's, not terser's)
const lines = new Map();
function declaresFunction(o) {
  if (!lines.has(o.file)) lines.set(o.file, readFileSync(o.file.replace(/^.*?\/(src|targets)\//, "$1/"), "utf8").split("\n"));
  return /^(export )?function /.test(lines.get(o.file)[o.line - 1]);
}

describe.each(BUNDLES)("%s", (file) => {
  const code = readFileSync(file, "utf8");

  // rollup.config.mjs asciiOnly: a loader that reads the file as bytes (the espruino command
  // line's --storage) would take a character beyond ASCII as its UTF-8 bytes
  it("is ASCII, a character beyond it written as an escape", () => {
    expect(code.match(/.{0,20}[^\x00-\x7f].{0,20}/g)).toBe(null);
    if (file === "dist/espruino/mpjs.js") expect(code).toContain('"\\x80"');
  });

  // terser's reduce_funcs moves a function called from one place into that place as a function
  // expression, which the caller then makes anew at every call: on Duktape that made the
  // benchmarks 1.3 to 1.8 times slower (qstrStr, bindArgs, the float formatter), and Espruino
  // reads the function's text each time
  it("no function is made anew at each call of another, as terser's inlining would", () => {
    const map = SourceMap.load(file + ".map");
    const found = [];
    const walk = (n, depth, parent) => {
      let d = depth;
      if (n.type === "FunctionExpression" || n.type === "FunctionDeclaration") {
        d++;
        if (d >= 3 && n.type === "FunctionExpression" && parent.type === "CallExpression" && parent.callee === n) {
          const o = map.originalFor(n.loc.start.line, n.loc.start.column);
          if (!o || declaresFunction(o)) found.push(o ? o.file + ":" + o.line : "bundle " + n.loc.start.line + ":" + n.loc.start.column);
        }
      }
      children(n, (c) => walk(c, d, n));
    };
    walk(parse(code, { ecmaVersion: 5, locations: true }), 0, null);
    expect(found).toEqual([]);
  });

  it("the top-level names used most have one-character names (tools/hot-names.mjs)", () => {
    const { uses } = topLevelUses(code);
    // (of the 54, the names used least take the first 14, and a global the bundle uses, such as
    // Espruino's E, takes its letter from the rest)
    const most = [...uses].sort((a, b) => b[1] - a[1]).slice(0, 30);
    expect(most[0][1]).toBeGreaterThan(500); // (the heap's words, i32)
    expect(most.filter(([name]) => name.length > 1)).toEqual([]);
  });

  // hoist_vars gathers a function's `var`s at its top; tools/top-level-vars.mjs puts the IIFE's
  // own back where their values are, for gzip (a list of names shortens not)
  it("the IIFE's variables are declared where they get their value, but for a few (tools/top-level-vars.mjs)", () => {
    const body = iifeOf(parse(code, { ecmaVersion: 5 })).body.body;
    const declaredBare = body.filter((st) => st.type === "VariableDeclaration").flatMap((st) => st.declarations.filter((d) => !d.init));
    const withValue = body.filter((st) => st.type === "VariableDeclaration").flatMap((st) => st.declarations.filter((d) => d.init));
    // (hot-names' list of the 54 one-character names, and the few names used before their value)
    expect(declaredBare.length).toBeLessThan(120);
    expect(withValue.length).toBeGreaterThan(declaredBare.length);
  });
});

describe("top-level-vars", () => {
  const run = (src) => topLevelVars().renderChunk.call({ error: (m) => { throw new Error(m); } }, src).code;
  it("declares a hoisted name at its first assignment in the IIFE's body, cutting the sequence it is in", () => {
    const src = `var mpjs=function(){"use strict";var a,b,c,d,e;function f(){return d}for(a=1,b=function(){return c}(),g(),c=2,a=3;a<9;a++)h();return d=4,e=f(),d+e}();`;
    expect(run(src)).toBe(`var mpjs=function(){"use strict";function f(){return d}var a=1,b=function(){return c}();g();var c=2;for(a=3;a<9;a++)h();var d=4,e=f();return d+e}();`);
    // a name that code run earlier uses keeps its declaration in the list (an engine that does not
    // hoist var, Espruino, finds it declared), and the `return`'s or a `for`'s last value stays
    const kept = `var mpjs=function(){"use strict";var a,b;b=a,a=1;return b}();`;
    expect(run(kept)).toBe(`var mpjs=function(){"use strict";var a;var b=a;a=1;return b}();`);
    // a function expression that starts a statement of its own is put in parentheses
    const call = `var mpjs=function(){"use strict";var a,c;a=1,function(){g()}(),c=2;return c}();`;
    expect(run(call)).toBe(`var mpjs=function(){"use strict";var a=1;(function(){g()}());var c=2;return c}();`);
  });
});

// Error messages are stored with their most shared pieces as control characters
// (tools/message-words.mjs) and written out as they were where they become exceptions.
describe("message-words", () => {
  const program = [
    "def show(f):",
    "    try:",
    "        f()",
    "    except Exception as e:",
    "        print(type(e).__name__, e)",
    "show(lambda: int('12x'))",
    "show(lambda: [].pop())",
    "show(lambda: [1][5])",
    "show(lambda: len(5))",
    "show(lambda: 1 + 'a')",
    "show(lambda: 'a' * 'b')",
    "show(lambda: (1).x)",
    "show(lambda: ord('ab'))",
    "show(lambda: chr(-1))",
    "show(lambda: bytes(-1))",
    "show(lambda: 'ab'[5])",
    "show(lambda: 'a'.join([1]))",
    "show(lambda: '{} {}'.format(1))",
    "show(lambda: b'a' + 'b')",
    "show(lambda: float('x'))",
    "show(lambda: (1, 2)[0:1:0])",
    "show(lambda: {}.fromkeys(5))",
    "show(lambda: compile_me)",
    "show(lambda: 1 // 0)",
    "show(lambda: print(end=5))",
    "show(lambda: range(1, 2, 3, 4))",
    "show(lambda: getattr(1, '\\x01\\x0e', None) or 1 .no_such)",
    "show(lambda: int('5', 99))",
    "",
  ].join("\n");
  const expected = execFileSync(process.execPath, ["dist/node/mpjs.js", "-c", program], { encoding: "utf8" });

  it.each(["dist/espruino/mpjs.js", "dist/jerryscript/mpjs.js", "dist/espruino/mpjs-board.js"])("%s: the messages read as written", (file) => {
    const code = readFileSync(file, "utf8");
    expect(code).not.toContain(DICTIONARY);
    // the messages are shorter there: "can't convert " is a piece, in the dictionary once
    expect(code.split("can't convert ").length - 1).toBe(1);
    const realm = createRealm({ timers: false });
    realm.run(code, file);
    realm.call(realm.context.mpjs.init);
    let done = "not called";
    realm.call(realm.context.mpjs.exec, program, (e) => (done = e));
    expect(done).toBe(null);
    expect(realm.stdout()).toBe(expected);
    expect(expected.split("\n").length).toBe(24);
  });

  it("pieces: the most saving first, none with a | or a control character; encode swaps them for codes", () => {
    const texts = ["can't convert int to str", "can't convert float to str", "must be str, not int", "must be int, not str", "a|b\tc"];
    const pieces = choosePieces(texts, 24, 3);
    expect(pieces[0]).toBe("can't convert ");
    expect(pieces.length).toBeLessThanOrEqual(CODES.length);
    for (const p of pieces) expect(p).not.toMatch(/[|\x00-\x1f]/);
    const decode = (t) => t.replace(/[\x01-\x08\x0e-\x1f]/g, (c) => pieces[CODES.indexOf(c)]);
    for (const t of texts) expect(decode(encode(t, pieces))).toBe(t);
    expect(encode(texts[0], pieces).length).toBeLessThan(texts[0].length - 10);
  });
});

describe("hot-names: topLevelUses", () => {
  it("counts the references that reach the IIFE's own names, by ES5's scopes", () => {
    const src = `var mpjs=function(){"use strict";var a=1,b;function c(a){return a+b}
      function d(){var b=2;try{c(b)}catch(a){return a.b}return {a:b,c:a}[a]}
      var e=function b(){return b+a};return c(a)+e()}();`;
    const { uses } = topLevelUses(src);
    expect(Object.fromEntries(uses)).toEqual({ a: 5, b: 2, c: 3, d: 1, e: 2 });
  });
});

// tools/loose-equality.mjs: === becomes == only between two numbers, two strings or two booleans
describe("loose-equality", () => {
  it("loosens the comparisons of same-typed operands only", async () => {
    const ts = (await import("typescript")).default;
    const { looseEquality } = await import("../../tools/loose-equality.mjs");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "mpjs-loose-")), "a.ts");
    writeFileSync(
      file,
      [
        "const enum E { A, B }",
        "declare const n: number, m: 0 | 1, s: string, b: boolean, u: number | undefined, x: any, o: object, e: E;",
        "export const r = [n === 1, m !== n, s === 'a', b === true, e === E.B, typeof x === 'string',",
        "  u === 1, x === 1, n === (x as any), o === o, (n as unknown) === s];",
      ].join("\n"),
    );
    const program = ts.createProgram([file], { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.ESNext, strict: true, types: [] });
    let out = "";
    program.emit(undefined, (name, text) => {
      if (name.endsWith(".js")) out = text;
    }, undefined, false, { before: [looseEquality().factory(program.getTypeChecker())] });
    const list = out.slice(out.indexOf("["), out.lastIndexOf("]") + 1);
    const ops = list.match(/[=!]==?/g);
    expect(ops).toEqual(["==", "!=", "==", "==", "==", "==", "===", "===", "===", "===", "==="]);
  });
});
