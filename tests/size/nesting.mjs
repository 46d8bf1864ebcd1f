// Which functions alive after boot were made inside another function, for information:
//   node tests/size/nesting.mjs [BUNDLE...]
// On Espruino a function keeps the scopes it was made in (jspeFunctionDefinitionInternal stores
// jspeiGetScopesAsVar()): each scope object with every variable of its function, for as long as
// the function lives; and one made where more than one scope is open (depth 2 or more: inside a
// function of the bundle's IIFE) gets a copy of the list of scopes of its own, an array and a name
// a scope. The JsVars estimate (measure.mjs) walks V8's closures, which keep only the variables
// they use, and prices neither; this says where such functions are made and what they keep.

import { declared } from "../../tools/es5-ast.mjs";
import { liveFunctions } from "./source-held.mjs";
import { SourceMap } from "../lib/sourcemap.mjs";

export function nesting(file) {
  const { lineStart, live } = liveFunctions(file);
  const byDepth = {};
  const makers = new Map(); // the function a live one was made in -> how many
  for (const { around } of live) {
    const depth = around.length;
    byDepth[depth] = (byDepth[depth] || 0) + 1;
    if (depth >= 2) makers.set(around[depth - 1], (makers.get(around[depth - 1]) || 0) + 1);
  }
  const map = SourceMap.load(file + ".map");
  const where = (fn) => {
    let line = 1;
    while (lineStart[line] <= fn.start) line++;
    const p = map.originalFor(line, fn.start - lineStart[line - 1]);
    return p ? `${p.file}:${p.line}` : `bundle offset ${fn.start}`;
  };
  return {
    byDepth,
    makers: [...makers].sort((a, b) => b[1] - a[1]).map(([fn, made]) => ({ where: where(fn), made, variables: declared(fn).size })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : ["dist/espruino/mpjs.js", "dist/espruino/mpjs-board.js"];
  for (const file of files) {
    const r = nesting(file);
    const depths = Object.keys(r.byDepth).map((d) => `${r.byDepth[d]} at depth ${d}`).join(", ");
    console.log(`${file}: functions alive after boot, ${depths} (1: made in the bundle's IIFE)`);
    for (const m of r.makers) console.log(`  ${String(m.made).padStart(4)} made in ${m.where}, which has ${m.variables} variables`);
  }
}
