// Where an engine bundle's size goes, to decide what to put behind a profile switch:
//   node tests/size/breakdown.mjs [espruino|jerryscript] [N]
// prints the bundle bytes each TypeScript file accounts for (through the source map), the JsVars
// after boot (measure.mjs's estimate) by kind (functions, typed arrays, strings...) and its N
// largest roots: a global, or a closure variable named by its TypeScript name and file where the
// source map tells them.

import { readFileSync } from "node:fs";
import * as acorn from "acorn";
import { targets } from "../../rollup.config.mjs";
import { SourceMap } from "../lib/sourcemap.mjs";
import { children, isFunction } from "../../tools/es5-ast.mjs";
import { BUNDLE, estimateJsVars } from "./measure.mjs";

// The bundle's declarations (var, function, parameters) by their (mangled) name -> [loc].
function declarations(code) {
  const out = new Map();
  const add = (id) => {
    if (!out.has(id.name)) out.set(id.name, []);
    out.get(id.name).push(id.loc.start);
  };
  const walk = (node) => {
    if (node.type === "VariableDeclarator" && node.id.type === "Identifier") add(node.id);
    if (isFunction(node) && node.id) add(node.id);
    children(node, walk);
  };
  walk(acorn.parse(code, { ecmaVersion: 5, locations: true }));
  return out;
}

export function breakdown(target, top = 30) {
  const file = BUNDLE(target);
  const code = readFileSync(file, "utf8");
  const map = SourceMap.load(file + ".map");
  const bytes = Object.entries(map.bytesBySource(code)).sort((a, b) => b[1] - a[1]);
  const est = estimateJsVars(file, { heapSize: targets[target].MPJS_HEAP_DEFAULT });
  const decl = declarations(code);
  const label = (root) => {
    const m = /^(.*):([\w$]+)$/.exec(root);
    if (!m || m[1] === "global") return root;
    const locs = decl.get(m[2]) || [];
    const names = new Set();
    for (const loc of locs) {
      const o = map.originalFor(loc.line, loc.column);
      if (o) names.add(`${o.name || "?"} (${o.file}:${o.line})`);
    }
    return `${m[2]}${names.size ? " = " + [...names].slice(0, 3).join(" | ") + (names.size > 3 ? " | ..." : "") : ""}`;
  };
  const roots = [...est.byRoot.entries()].sort((a, b) => b[1] - a[1]);
  const lines = [`${file}: ${code.length} bytes`];
  for (const [src, n] of bytes) lines.push(`  ${String(n).padStart(8)}  ${src}`);
  lines.push(`JsVars after boot: ${est.jsvars} (${est.functions} functions, ${est.objects} objects; Python heap buffer ${est.heapJsVars} apart), by kind:`);
  for (const [kind, n] of [...est.byKind.entries()].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(8)}  ${kind}`);
  lines.push(`by root:`);
  for (const [r, n] of roots.slice(0, top)) lines.push(`  ${String(n).padStart(8)}  ${label(r)}`);
  if (roots.length > top) lines.push(`  ${String(roots.slice(top).reduce((a, [, n]) => a + n, 0)).padStart(8)}  (${roots.length - top} more roots)`);
  // each function alive after boot costs its JsVars whether or not it is ever called: which files they come from
  const fnByFile = new Map();
  for (const loc of est.fnLocations) {
    const o = map.originalFor(loc.line, loc.column);
    const f = o ? o.file : "(none)";
    fnByFile.set(f, (fnByFile.get(f) || 0) + 1);
  }
  lines.push(`Functions alive after boot, by file:`);
  for (const [f, n] of [...fnByFile.entries()].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(8)}  ${f}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(breakdown(process.argv[2] || "espruino", Number(process.argv[3]) || 30));
}
