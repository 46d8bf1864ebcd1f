// The property names an engine bundle must not mangle: the ones that meet the engine or the
// embedder. terser mangles every other property name of the interpreter's own objects, so this
// list decides how short the bundle is and whether it still talks to the engine.
//
// Only targets/common and targets/<target> touch engine objects (Espruino's E, Storage, pins,
// IoT.js modules, print...), and every such object is typed `any` there (`declare var E: any`).
// So the type checker tells them apart from the interpreter's own, typed objects:
//   - a member read or written on an `any` value (E.getConsole, S.read, uart.write);
//   - a key of an object literal with no declared type or an `any` one (the options handed to
//     I2C1.setup({ scl, sda, bitrate }));
//   - the members of the embedding API the embedder calls and passes (MpjsApi, StartOptions).

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const EMBEDDER_TYPES = ["MpjsApi", "StartOptions", "Options"];

function tsFiles(dir) {
  const out = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith(".ts")) out.push(p);
  }
  return out;
}

export function engineNames(target) {
  const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync("tsconfig.json", "utf8")), ts.sys, ".");
  const roots = [...tsFiles("targets/common"), ...tsFiles("targets/" + target)];
  const program = ts.createProgram(["src/config.ts", ...roots], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const names = new Set();
  const isAny = (type) => !type || (type.flags & ts.TypeFlags.Any) !== 0;
  const keyName = (p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null);

  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && isAny(checker.getTypeAtLocation(node.expression))) {
      names.add(node.name.text);
    } else if (ts.isObjectLiteralExpression(node) && isAny(checker.getContextualType(node))) {
      for (const p of node.properties) {
        const k = keyName(p);
        if (k) names.add(k);
      }
    } else if (ts.isInterfaceDeclaration(node) && EMBEDDER_TYPES.includes(node.name.text)) {
      const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(node.name));
      for (const m of checker.getPropertiesOfType(type)) names.add(m.name);
    }
    ts.forEachChild(node, visit);
  };
  for (const f of program.getSourceFiles()) {
    if (f.isDeclarationFile) continue;
    if (roots.some((r) => f.fileName.endsWith(r)) || /src\/embed\.ts$/.test(f.fileName)) visit(f);
  }
  // the global the bundle defines
  names.add("mpjs");
  for (const n of languageNames()) names.add(n);
  return [...names].sort();
}

// The members of the language's own objects (String.prototype.charCodeAt, Math.floor, an
// error's message, a match's index...), read from this Node's: a superset of ES5's, and terser
// is told to mangle every name that is not reserved (its own list of DOM names kept `next`,
// `line`, `mark`, ... of the interpreter long).
function languageNames() {
  const names = new Set(["length", "prototype", "constructor", "message", "name", "stack", "index", "input", "lastIndex", "callee", "caller", "arguments"]);
  const typedArray = Object.getPrototypeOf(Uint8Array);
  const objects = [Object, Function, Array, String, Number, Boolean, Math, Date, RegExp, Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, JSON, ArrayBuffer, DataView, typedArray, Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, globalThis];
  for (const o of objects) {
    for (const n of Object.getOwnPropertyNames(o)) names.add(n);
    if (o.prototype) for (const n of Object.getOwnPropertyNames(o.prototype)) names.add(n);
  }
  return names;
}

if (process.argv[1] && process.argv[1].endsWith("engine-names.mjs")) {
  console.log(engineNames(process.argv[2] || "espruino").join(" "));
}
