// The shape of the minified engine bundles (rollup.config.mjs minify): what terser does to the
// code beyond making it short.

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { topLevelUses } from "../../tools/hot-names.mjs";

const BUNDLES = ["dist/espruino/mpjs.js", "dist/jerryscript/mpjs.js", "dist/espruino/mpjs-board.js"];

describe.each(BUNDLES)("%s", (file) => {
  const code = readFileSync(file, "utf8");

  it("the top-level names used most have one-character names (tools/hot-names.mjs)", () => {
    const { uses } = topLevelUses(code);
    // (of the 54, the names used least take the first 14, and a global the bundle uses, such as
    // Espruino's E, takes its letter from the rest)
    const most = [...uses].sort((a, b) => b[1] - a[1]).slice(0, 30);
    expect(most[0][1]).toBeGreaterThan(500); // (the heap's words, i32)
    expect(most.filter(([name]) => name.length > 1)).toEqual([]);
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
