// The pretokenised Espruino bundle (tools/pretokenise.mjs), what `mpjs deploy` puts on a board:
// its bytes are Espruino's token numbers (jslex.h's LEX_TYPES: LEX_EQUAL is 138, the reserved
// words follow the operators and =>, LEX_RAW_STRING8 is 0xD1), and it stands for the same tokens
// as the bundle's text.

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { tokenizer } from "acorn";
import { pretokenise, untokenise, tokFile, ESPRUINO_WORDS } from "../../tools/pretokenise.mjs";
import { createRealm } from "../lib/realm.mjs";

const bytes = (...b) => String.fromCharCode(...b);

// each token as its kind and value, comments and white space aside
const tokens = (code) => [...tokenizer(code, { ecmaVersion: 5 })].map((t) => t.type.label + " " + (t.value === undefined ? "" : String(t.value)));

// the tokens of a text with terser's !0, !1 and void 0 as the words pretokenise writes for them
// (not before a member access or call)
const SHORT = { "!/~ !|num 0": "true true", "!/~ !|num 1": "false false", "void void|num 0": "name undefined" };
function asWords(list) {
  const out = [];
  for (let k = 0; k < list.length; k++) {
    const word = SHORT[list[k] + "|" + list[k + 1]];
    if (word && !/^[.[(] /.test(list[k + 2] || "")) {
      out.push(word);
      k++;
    } else out.push(list[k]);
  }
  return out;
}

describe("pretokenise", () => {
  it("writes operators and reserved words as Espruino's token bytes", () => {
    expect(pretokenise("a==b")).toBe("a" + bytes(138) + "b");
    expect(pretokenise("a>>>=b")).toBe("a" + bytes(149) + "b");
    expect(pretokenise("a^=b")).toBe("a" + bytes(161) + "b");
    expect(pretokenise("if(a)b;else c")).toBe(bytes(163) + "(a)b;" + bytes(164) + "c");
    expect(pretokenise("function f(){return this}")).toBe(bytes(170) + "f(){" + bytes(171, 175) + "}");
    expect(pretokenise("var x=typeof y")).toBe(bytes(172) + "x=" + bytes(191) + "y");
    // undefined is a reserved word to Espruino's lexer; `of` is its last (no ES5 program has it
    // but as a name)
    expect(pretokenise("x=undefined")).toBe("x=" + bytes(183));
    expect(untokenise(bytes(198))).toBe(" of ");
    // a name that is no token keeps its text, and the space between two such
    expect(pretokenise("a instanceof b")).toBe("a" + bytes(186) + "b");
    expect(pretokenise("with (a) b")).toBe("with (a) b");
    // Espruino's uploader leaves catch as text (its issue 1868)
    expect(pretokenise("try{a()}catch(e){}")).toBe(bytes(177) + "{a()}catch(e){}");
  });

  it("keeps a word as text where it is a name: a variable, or a property's", () => {
    // a function named of: pretokenised, the firmware finds no name (Espruino's issue 2047)
    expect(pretokenise("function of(r){return r}")).toBe(bytes(170) + "of(r){" + bytes(171) + "r}");
    expect(pretokenise("x.in=y.undefined")).toBe("x.in=y.undefined");
    expect(pretokenise("y={in:1,a:undefined}")).toBe("y={in:1,a:" + bytes(183) + "}");
    expect(pretokenise("var let=1")).toBe(bytes(172) + "let=1");
  });

  it("no name in the bundles is a word Espruino reserves (rollup.config.mjs tells terser)", () => {
    for (const file of ["dist/espruino/mpjs.js", "dist/espruino/mpjs-board.js", "dist/jerryscript/mpjs.js"]) {
      const code = readFileSync(file, "utf8");
      const list = [...tokenizer(code, { ecmaVersion: 5 })];
      const names = list.filter((t, k) => ESPRUINO_WORDS.includes(t.value) && (t.type.label === "name" ? t.value !== "undefined" : k > 0 && list[k - 1].type.label === "."));
      expect(names.map((t) => code.slice(t.start - 20, t.end + 20)), file).toEqual([]);
    }
  });

  it("writes a string as its bytes after their count, a small integer as one to three bytes", () => {
    expect(pretokenise('x="abc"')).toBe("x=" + bytes(0xd1, 3) + "abc");
    expect(pretokenise("x='a\\nb\\x80'")).toBe("x=" + bytes(0xd1, 4) + "a\nb\x80");
    const long = "\n\t" + "y".repeat(298);
    expect(pretokenise('x="\\n\\t' + long.slice(2) + '"')).toBe("x=" + bytes(0xd2, 300 & 255, 300 >> 8) + long);
    // a character beyond a byte stays an escape
    expect(pretokenise('x="\\u0100"')).toBe('x="\\u0100"');
    expect(pretokenise("x=0")).toBe("x=" + bytes(0xd3));
    expect(pretokenise("x=127")).toBe("x=" + bytes(0xd4, 127));
    expect(pretokenise("x=0x7fff")).toBe("x=" + bytes(0xd5, 0xff, 0x7f));
    expect(pretokenise("x=128")).toBe("x=" + bytes(0xd5, 128, 0));
    // beyond 16 bits, not an integer, or a regular expression: text
    expect(pretokenise("x=32768")).toBe("x=32768");
    expect(pretokenise("x=1.5")).toBe("x=1.5");
    expect(pretokenise("x=/==/g")).toBe("x=/==/g");
    // text where it is shorter: a digit, an empty string, a long one without escapes
    expect(pretokenise("x=7")).toBe("x=7");
    expect(pretokenise("a(1,2)in b")).toBe("a(1,2)" + bytes(185) + "b");
    expect(pretokenise('x=""')).toBe('x=""');
    expect(pretokenise('x="' + "y".repeat(300) + '"')).toBe('x="' + "y".repeat(300) + '"');
    // the minus of a negative number stays an operator
    expect(pretokenise("x=-10")).toBe("x=-" + bytes(0xd4, 10));
  });

  it("writes terser's !0, !1 and void 0 as the words true, false and undefined", () => {
    expect(pretokenise("x=!0,y=!1,z=void 0")).toBe("x=" + bytes(180) + ",y=" + bytes(181) + ",z=" + bytes(183));
    expect(pretokenise("a=!!0")).toBe("a=!" + bytes(180));
    // a member access or a call after them belongs to the number
    expect(pretokenise("x=!0[1]")).toBe("x=!" + bytes(0xd3) + "[1]");
    expect(pretokenise("x=void 0(1)")).toBe("x=" + bytes(192, 0xd3) + "(1)");
    expect(pretokenise("x=!10")).toBe("x=!" + bytes(0xd4, 10));
  });

  it("untokenise reads the bytes back as the same tokens", () => {
    const code = 'function f(a,b){var s="x\\ty",n=300,t=!0,u=void 0;if(a in b||a!==b)return typeof a+s.length;for(;;)break;do{n--}while(n>=0);return/x/.test(s)?!1:-2.5}';
    const tok = pretokenise(code);
    expect(tokens(untokenise(tok))).toEqual(asWords(tokens(code)));
    expect(tok.length).toBeLessThan(code.length);
  });
});

describe.each(["dist/espruino/mpjs.js", "dist/espruino/mpjs-board.js", "dist/espruino/mpjs-full.js"])("%s", (file) => {
  const code = readFileSync(file, "utf8");
  const tok = readFileSync(tokFile(file), "latin1");

  it("has its pretokenised form beside it, which stands for the same tokens", () => {
    expect(tok).toBe(pretokenise(code));
    expect(tokens(untokenise(tok))).toEqual(asWords(tokens(code)));
  });

  it("runs Python read back from its pretokenised form", () => {
    const realm = createRealm({ timeoutMs: 60000 });
    realm.run(untokenise(tok), file);
    let error;
    realm.call(realm.context.mpjs.exec, "x = [n * n for n in range(5)]\nprint(x, 'done', sum(x))", (e) => (error = e));
    expect(error).toBe(null);
    expect(realm.stdout()).toBe("[0, 1, 4, 9, 16] done 30\n");
  });
});
