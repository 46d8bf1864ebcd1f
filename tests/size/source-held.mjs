// How much of the QuickJS figure (measure.mjs) is the bundle's own source text, for information:
//   node tests/size/source-held.mjs [BUNDLE...]
// QuickJS keeps each function's text with its bytecode (the npm builds ignore the "strip" eval
// flag), and a function's bytecode holds those of the functions written inside it: so the text
// held after boot is that of every function alive (the JsVars estimate finds them) and of every
// function inside one, each counted once for itself, a nested function's text once more in each
// function around it. JerryScript, which the QuickJS figure stands for, keeps no source text; this
// is what a code change that moves functions into others (a lazy maker) adds to the figure.

import { readFileSync } from "node:fs";
import * as acorn from "acorn";
import { children, isFunction } from "../../tools/es5-ast.mjs";
import { estimateJsVars } from "./measure.mjs";
import { targets } from "../../rollup.config.mjs";

// The functions alive after boot, one for each the JsVars estimate finds (the innermost function
// of the bundle around the place V8 gives for it; a function written once and made twice is there
// twice), each with the functions around it, outermost first; and every function of the bundle.
export function liveFunctions(file) {
  const code = readFileSync(file, "utf8");
  const lineStart = [0];
  for (const line of code.split("\n")) lineStart.push(lineStart[lineStart.length - 1] + line.length + 1);
  const functions = [];
  const walk = (n, around) => {
    if (isFunction(n)) {
      functions.push({ fn: n, around });
      around = around.concat([n]);
    }
    children(n, (c) => walk(c, around));
  };
  walk(acorn.parse(code, { ecmaVersion: 5 }), []);
  const est = estimateJsVars(file, { heapSize: targets.espruino.MPJS_HEAP_DEFAULT });
  const live = [];
  for (const loc of est.fnLocations) {
    const at = lineStart[loc.line - 1] + loc.column;
    let inner = null;
    for (const f of functions) if (f.fn.start <= at && at < f.fn.end && (!inner || f.fn.start > inner.fn.start)) inner = f;
    if (inner) live.push(inner);
  }
  return { lineStart, functions, live };
}

export function sourceHeld(file) {
  const { functions, live } = liveFunctions(file);
  const liveFns = [...new Set(live.map((f) => f.fn))];
  const held = functions.map((f) => f.fn).filter((f) => liveFns.some((l) => f.start >= l.start && f.end <= l.end));
  return { live: liveFns.length, held: held.length, bytes: held.reduce((sum, f) => sum + f.end - f.start, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : ["dist/espruino/mpjs.js", "dist/jerryscript/mpjs.js"];
  for (const file of files) {
    const r = sourceHeld(file);
    console.log(`${file}: ${r.bytes} bytes of source text in ${r.held} functions (${r.live} alive after boot, the others inside them)`);
  }
}
