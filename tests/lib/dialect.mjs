// The common dialect of ENGINES.md, as data, and the gate that checks a built bundle against it.
//
// The gate parses a bundle with acorn at ecmaVersion 5 and walks the whole tree. Its rules:
//   syntax      the bundle parses as ES5 (no let/const, arrows, classes, template literals, ...)
//   label       no labeled statement (Espruino has none; TypeScript emits them for some loops)
//   global      no reference to a global Espruino/Duktape lack (FORBIDDEN_GLOBALS), nor to one
//               whose result differs between engines (INEXACT_GLOBALS)
//   static      no missing static member: Math.imul, Number.isInteger, Array.from, ... (MISSING_STATICS)
//   method      no call of a method named in MISSING_METHODS, on any object: `x.fill(...)`,
//               `x["includes"](...)`, `x.find.call(...)`. These names have no ES5 use the common
//               dialect allows, so a call is flagged whatever the receiver is (do not name your
//               own methods so; a data property such as `spec.fill = c` is fine).
//   hoist       no function declared after a `return` of the same function body (in source
//               order, returns nested in blocks included): Espruino never defines it.
// Typed arrays may be used only through indexing, length, set and subarray; but `slice`,
// `indexOf`, `join` are also plain array and string methods, so a bundle cannot tell them apart.
// Likewise `lastIndexOf` is missing on Espruino's arrays but not on its strings. Those rules are
// checked on the TypeScript (typedarrays.mjs, by the type of the receiver) and at run time in the
// restricted realm (realm.mjs deletes each missing member from its own prototype there).

import * as acorn from "acorn";

export const FORBIDDEN_GLOBALS = ["Map", "Set", "WeakMap", "WeakSet", "Symbol", "BigInt", "Proxy", "Reflect", "Promise"];

// Globals every engine has, whose results differ between them where Python semantics depend on
// them: Duktape's number parsing is not correctly rounded (parseFloat("1e23") is
// 1.0000000000000001e+23); mpjs parses floats itself (src/core/floatfmt.ts).
export const INEXACT_GLOBALS = ["parseFloat"];

// ENGINES.md: missing on Espruino; cosh/tanh/asinh/acosh are also missing on Duktape 2.7.
export const MISSING_STATICS = {
  Math: ["imul", "fround", "clz32", "trunc", "log2", "log10", "hypot", "cbrt", "expm1", "log1p", "sinh", "atanh", "cosh", "tanh", "asinh", "acosh"],
  Number: ["isInteger", "MAX_SAFE_INTEGER", "EPSILON"],
  Array: ["from", "of"],
  Object: ["freeze"],
  String: ["fromCodePoint"],
};
export const TYPED_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array"];
for (const t of TYPED_ARRAYS) MISSING_STATICS[t] = ["from", "of"];

// ENGINES.md: prototype members missing on Espruino (codePointAt, toPrecision, toExponential) or
// on Duktape (padStart, fill, find, includes), and their ES2015+ siblings that Duktape 2.7 lacks
// as well (padEnd, findIndex, copyWithin). Flagged on any receiver.
export const MISSING_METHODS = ["codePointAt", "toPrecision", "toExponential", "padStart", "padEnd", "fill", "find", "findIndex", "includes", "copyWithin"];

// The same, by prototype, as the restricted realm deletes them: Array.prototype.lastIndexOf is
// missing on Espruino while String.prototype.lastIndexOf (ES1) is not; the TypeScript check
// (typedarrays.mjs) allows lastIndexOf on strings only.
export const MISSING_BY_PROTOTYPE = {
  Array: ["lastIndexOf", "fill", "find", "findIndex", "includes", "copyWithin"],
  String: ["codePointAt", "padStart", "padEnd", "includes"],
  Number: ["toPrecision", "toExponential"],
};
export const STRING_ONLY_METHODS = ["lastIndexOf"];

// What typed arrays, ArrayBuffer and DataView may be used through (besides indexing).
export const TYPED_ARRAY_MEMBERS = ["set", "subarray", "length", "buffer", "byteLength", "byteOffset", "BYTES_PER_ELEMENT"];
export const ARRAY_BUFFER_MEMBERS = ["byteLength"];

function propertyName(node) {
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  if (node.computed && node.property.type === "Literal" && typeof node.property.value === "string") return node.property.value;
  return null;
}

function children(node) {
  const out = [];
  for (const key of Object.keys(node)) {
    if (key === "loc" || key === "start" || key === "end") continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === "string") out.push({ key, node: c });
    } else if (v && typeof v.type === "string") {
      out.push({ key, node: v });
    }
  }
  out.sort((a, b) => a.node.start - b.node.start);
  return out;
}

// Identifiers that name a property rather than a variable.
function isPropertyName(parent, key) {
  if (!parent) return false;
  if (parent.type === "MemberExpression" && key === "property" && !parent.computed) return true;
  if (parent.type === "Property" && key === "key" && !parent.computed) return true;
  if ((parent.type === "LabeledStatement" || parent.type === "BreakStatement" || parent.type === "ContinueStatement") && key === "label") return true;
  return false;
}

// Whether the member expression `node` (child `key` of `parent`) is called: `x.m(...)`,
// `new x.m(...)`, or `x.m.call/apply/bind(...)`.
function isCalled(node, parent, key) {
  if (!parent) return false;
  if ((parent.type === "CallExpression" || parent.type === "NewExpression") && key === "callee") return true;
  if (parent.type === "MemberExpression" && key === "object") {
    const p = propertyName(parent);
    return p === "call" || p === "apply" || p === "bind";
  }
  return false;
}

// code: the bundle's text; map: a SourceMap (sourcemap.mjs) or null; name: for messages.
// Returns [{rule, message, line, column, original: {file, line, column} | null}], in source order.
export function checkBundle(code, map, name = "bundle") {
  const findings = [];
  function report(rule, node, message) {
    const { line, column } = node.loc.start;
    findings.push({ rule, message, line, column, original: map ? map.originalFor(line, column) : null });
  }
  let ast;
  try {
    ast = acorn.parse(code, { ecmaVersion: 5, sourceType: "script", locations: true, allowReturnOutsideFunction: false });
  } catch (e) {
    const loc = e.loc || { line: 0, column: 0 };
    findings.push({ rule: "syntax", message: `not ES5: ${e.message}`, line: loc.line, column: loc.column, original: map && loc.line ? map.originalFor(loc.line, loc.column) : null });
    return findings;
  }

  // body: the function (or program) whose returns are being tracked.
  function visit(node, parent, key, body) {
    switch (node.type) {
      case "LabeledStatement":
        report("label", node, `labeled statement "${node.label.name}:"`);
        break;
      case "Identifier":
        if (!isPropertyName(parent, key) && FORBIDDEN_GLOBALS.indexOf(node.name) >= 0) {
          report("global", node, `${node.name} (not on Espruino/Duktape)`);
        } else if (!isPropertyName(parent, key) && INEXACT_GLOBALS.indexOf(node.name) >= 0) {
          report("global", node, `${node.name} (its result differs between engines)`);
        }
        break;
      case "MemberExpression": {
        const prop = propertyName(node);
        if (prop !== null) {
          if (node.object.type === "Identifier" && Object.prototype.hasOwnProperty.call(MISSING_STATICS, node.object.name) && MISSING_STATICS[node.object.name].indexOf(prop) >= 0) {
            report("static", node, `${node.object.name}.${prop} (missing on Espruino/Duktape)`);
          } else if (MISSING_METHODS.indexOf(prop) >= 0 && isCalled(node, parent, key)) {
            report("method", node.property, `.${prop}() (missing on Espruino/Duktape for some receiver; not in the common dialect)`);
          }
        }
        break;
      }
      case "ReturnStatement":
        body.returned = true;
        break;
      case "FunctionDeclaration":
        if (body.returned) report("hoist", node, `function ${node.id.name} declared after a return in the same body (Espruino never defines it)`);
        break;
      default:
        break;
    }
    const inner = node.type === "FunctionDeclaration" || node.type === "FunctionExpression" ? { returned: false } : body;
    for (const c of children(node)) visit(c.node, node, c.key, inner);
  }
  visit(ast, null, null, { returned: false });
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return findings;
}

export function formatFinding(bundleName, f) {
  const where = `${bundleName}:${f.line}:${f.column + 1}`;
  const src = f.original ? ` (${f.original.file}:${f.original.line}:${f.original.column + 1})` : " (no source mapping)";
  return `${where}${src} [${f.rule}] ${f.message}`;
}
