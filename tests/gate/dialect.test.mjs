// The dialect gate over the BUILT engine bundles (npm test builds first), and proof that the gate
// catches each of its rules on small bad snippets. See tests/lib/dialect.mjs for the rules.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBundle, formatFinding } from "../lib/dialect.mjs";
import { createRealm } from "../lib/realm.mjs";
import { SourceMap } from "../lib/sourcemap.mjs";
import { checkTypedArrays, programFor } from "../lib/typedarrays.mjs";

const ENGINE_BUNDLES = ["espruino", "jerryscript"];

describe("the built engine bundles follow the common dialect of ENGINES.md", () => {
  // the default profiles, the board profiles and the full profiles (the engine test suites')
  for (const file of [...ENGINE_BUNDLES.map((t) => `dist/${t}/mpjs.js`), ...ENGINE_BUNDLES.map((t) => `dist/${t}/mpjs-board.js`), ...ENGINE_BUNDLES.map((t) => `dist/${t}/mpjs-full.js`)]) {
    it(file, () => {
      expect(existsSync(file), `${file} is missing: run npm run build`).toBe(true);
      expect(existsSync(file + ".map"), `${file}.map is missing`).toBe(true);
      const findings = checkBundle(readFileSync(file, "utf8"), SourceMap.load(file + ".map"), file);
      const text = findings.map((f) => formatFinding(file, f)).join("\n");
      expect(findings.length, `dialect findings:\n${text}`).toBe(0);
    });
  }

  it("typed arrays are used only through indexing, length, set and subarray (TypeScript types)", () => {
    const program = programFor(["src/config.ts", ...ENGINE_BUNDLES.map((t) => `targets/${t}/main.ts`)]);
    const findings = checkTypedArrays(program, (f) => !/\/targets\/node\//.test(f));
    const text = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`).join("\n");
    expect(findings.length, `typed-array findings:\n${text}`).toBe(0);
  });
});

function rules(code) {
  return checkBundle(code, null).map((f) => f.rule);
}

describe("the gate catches each rule", () => {
  const bad = {
    syntax: ["let x = 1;", "var f = function () { return () => 1; };", "var s = `t`;", "class A {}", "var r = /a/u;", "var o = { a };"],
    label: ["a: for (;;) { break a; }", "var f = function () { outer: while (1) { continue outer; } };"],
    global: ["var m = new Map();", "typeof Symbol;", "Promise.resolve(1);", "Reflect.ownKeys({});", "var s = new Set();", "new WeakMap();", "BigInt(1);", "new Proxy({}, {});", "var x = parseFloat('1e23');"],
    static: ["Math.imul(1, 2);", "Math.trunc(1.5);", "Math['log2'](8);", "Number.MAX_SAFE_INTEGER;", "Number.isInteger(1);", "Number.EPSILON;", "Array.from(x);", "Object.freeze(o);", "String.fromCodePoint(65);", "Uint8Array.from([1]);", "Math.hypot(3, 4);"],
    method: ["[1].fill(0);", "s.padStart(2);", "a.find(f);", "a.includes(1);", "(1).toPrecision(3);", "n.toExponential(2);", "s.codePointAt(0);", "x['includes'](1);", "new Uint8Array(4).fill(1);", "a.find.call(b, f);", "a.fill.apply(b, [0]);"],
    hoist: ["function g() { return h(); function h() {} }", "function g(x) { if (x) { return 1; } function h() {} }", "var f = function () { for (;;) { return; } function h() {} };"],
  };
  for (const [rule, snippets] of Object.entries(bad)) {
    for (const code of snippets) {
      it(`${rule}: ${code}`, () => {
        expect(rules(code)).toContain(rule);
      });
    }
  }

  it("passes a clean ES5 snippet", () => {
    const code = [
      "function g() { function h() { return 1; } return h(); }",
      "var f = function () { return function () { function inner() {} return inner; }; };",
      "var o = { Map: 1, fill: 2, find: 3 }; o.Map = o.Set; o.fill = o.find + 1; o['includes'] = 0;",
      "[1, 2].slice(1).indexOf(2); 'ab'.indexOf('b'); [1].join(',');",
      "var t = new Uint8Array(2); t.subarray(1).set([1]); t[0] = t.length;",
      "Math.floor(1.5); Math.pow(2, 3); Number.MAX_VALUE; Object.keys({}); String.fromCharCode(65);",
      "var get = { get x() { return 1; } };",
    ].join("\n");
    expect(checkBundle(code, null)).toEqual([]);
  });

  it("names the bundle line and, through the source map, the TypeScript line", () => {
    // "var a=new Map;" where column 6 ("new Map") comes from src/x.ts line 3, column 2.
    const vlq = (n) => {
      let v = n < 0 ? (-n << 1) | 1 : n << 1;
      let s = "";
      do {
        let d = v & 31;
        v >>>= 5;
        if (v) d |= 32;
        s += "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[d];
      } while (v);
      return s;
    };
    const mappings = ";;" + [vlq(0) + vlq(0) + vlq(0) + vlq(0), vlq(6) + vlq(0) + vlq(2) + vlq(2), vlq(4) + vlq(0) + vlq(0) + vlq(4)].join(",");
    const map = new SourceMap({ version: 3, sources: ["../../src/x.ts"], names: [], mappings }, "dist/espruino/mpjs.js.map");
    const findings = checkBundle("// a\n// b\nvar a=new Map;", map);
    expect(findings.length).toBe(1);
    expect(findings[0]).toMatchObject({ rule: "global", line: 3, column: 10, original: { file: "src/x.ts", line: 3, column: 6 } });
    expect(formatFinding("dist/espruino/mpjs.js", findings[0])).toMatch(/^dist\/espruino\/mpjs\.js:3:11 \(src\/x\.ts:3:7\) \[global\] Map/);
  });

  it("catches typed-array members other than set and subarray in TypeScript", () => {
    const dir = mkdtempSync(join(tmpdir(), "mpjs-gate-"));
    try {
      const file = join(dir, "bad.ts");
      writeFileSync(
        file,
        [
          "var a = new Uint8Array(4);",
          "a.fill(0); a.slice(1); a.indexOf(1); a.join(','); a['fill'](1);",
          "a.set([1]); a.subarray(1).length; a[0] = a.byteLength + a.byteOffset; a.buffer;",
          "var b = new ArrayBuffer(8); b.slice(0); b.byteLength;",
          "var c = [1, 2]; c.slice(1); c.indexOf(1); c.join(''); 'ab'.slice(1);",
          "function f(x: Int32Array | null) { return x!.slice(0); }",
          "var s2: string = 'a.b'; s2.lastIndexOf('.'); c.lastIndexOf(1); var u: any = s2; u.lastIndexOf('.');",
          "export {};",
        ].join("\n"),
      );
      const findings = checkTypedArrays(programFor([file]), (f) => f === file.split("\\").join("/"));
      expect(findings.map((f) => `${f.line}:${f.message.replace(/ \(.*/, "")}`)).toEqual([
        "2:typed array .fill",
        "2:typed array .slice",
        "2:typed array .indexOf",
        "2:typed array .join",
        "2:typed array .fill",
        "4:ArrayBuffer .slice",
        "6:typed array .slice",
        "7:.lastIndexOf on a receiver not typed string",
        "7:.lastIndexOf on a receiver not typed string",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the restricted realm lacks what Espruino lacks", () => {
    const realm = createRealm({ timers: false, timeoutMs: 5000 });
    expect(realm.run("'a.b.c'.lastIndexOf('.')")).toBe(3);
    const throws = ["[1, 2, 1].lastIndexOf(1)", "new Map()", "new Set()", "Symbol('x')", "Promise.resolve()", "Math.imul(2, 3)", "Math.trunc(1.5)", "Number.isInteger(1)", "Array.from([1])", "Object.freeze({})", "String.fromCodePoint(65)", "'a'.codePointAt(0)", "(1).toPrecision(2)", "(1).toExponential(2)", "'1'.padStart(2)", "[0].fill(1)", "[1].find(function () {})", "[1].includes(1)", "[1].lastIndexOf(1)", "new Uint8Array(2).fill(1)", "new Uint8Array(2).slice(1)", "new Uint8Array(2).indexOf(1)", "new Uint8Array(2).join()", "new ArrayBuffer(4).slice(1)", "Uint8Array.from([1])", "Reflect.ownKeys({})"];
    for (const code of throws) expect(() => realm.run(code), code).toThrow();
    expect(realm.run("Number.MAX_SAFE_INTEGER === undefined && Number.EPSILON === undefined")).toBe(true);
    expect(realm.run("var t = new Uint8Array(3); t.set([1, 2], 1); t.subarray(1)[1] + t.length")).toBe(5);
    expect(realm.run("[3, 1, 2].sort().join('') + 'abc'.slice(1) + [1, 2].indexOf(2) + Number('4') + (5.5).toFixed(1)")).toBe("123bc145.5");
    expect(realm.run("new Number(3) instanceof Number && (1.5).constructor === Number")).toBe(true);
  });
});
