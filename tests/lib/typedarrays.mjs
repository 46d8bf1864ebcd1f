// The typed-array rule of the common dialect, checked on the TypeScript sources by the type of
// each receiver: a value whose type is a typed array may be used only through indexing, length,
// set and subarray (Duktape has no fill, slice, indexOf, join, from...); an ArrayBuffer only
// through byteLength (Espruino has no ArrayBuffer.prototype.slice). A receiver typed `any` is not
// seen here; the restricted realm catches those uses at run time.
// Also: STRING_ONLY_METHODS (lastIndexOf) are called on receivers typed string only (Espruino's
// arrays have no lastIndexOf).

import ts from "typescript";
import { relative } from "node:path";
import { ARRAY_BUFFER_MEMBERS, STRING_ONLY_METHODS, TYPED_ARRAYS, TYPED_ARRAY_MEMBERS } from "./dialect.mjs";

function isStringType(type) {
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((t) => (t.flags & ts.TypeFlags.StringLike) !== 0 || (t.getSymbol() && t.getSymbol().getName() === "String"));
}

function kindOf(type) {
  const parts = type.isUnion() ? type.types : [type];
  for (const t of parts) {
    const sym = t.getSymbol() || t.aliasSymbol;
    const name = sym ? sym.getName() : "";
    if (TYPED_ARRAYS.indexOf(name) >= 0) return "typed";
    if (name === "ArrayBuffer" || name === "ArrayBufferLike" || name === "SharedArrayBuffer") return "buffer";
    if (name === "ArrayBufferView") return "typed";
  }
  return null;
}

// A program over rootNames with the project's compiler options.
export function programFor(rootNames, configFile = "tsconfig.json") {
  const cfg = ts.readConfigFile(configFile, ts.sys.readFile);
  if (cfg.error) throw new Error(ts.flattenDiagnosticMessageText(cfg.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, process.cwd());
  return ts.createProgram({ rootNames, options: parsed.options });
}

// Returns [{file, line, column, message}] for every typed-array or ArrayBuffer use outside the
// allowed members, in the program's own (non-declaration) files that `include` accepts.
export function checkTypedArrays(program, include = () => true) {
  const checker = program.getTypeChecker();
  const findings = [];
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || /node_modules/.test(sf.fileName) || !include(sf.fileName)) continue;
    const visit = (node) => {
      let name = null;
      let target = null;
      if (ts.isPropertyAccessExpression(node)) {
        name = node.name.text;
        target = node.expression;
      } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
        name = node.argumentExpression.text;
        target = node.expression;
      }
      if (target && STRING_ONLY_METHODS.indexOf(name) >= 0) {
        if (!isStringType(checker.getTypeAtLocation(target))) {
          const pos = sf.getLineAndCharacterOfPosition(node.getStart(sf));
          findings.push({
            file: relative(process.cwd(), sf.fileName),
            line: pos.line + 1,
            column: pos.character + 1,
            message: `.${name} on a receiver not typed string (Espruino has it on strings only)`,
          });
        }
      } else if (target) {
        const kind = kindOf(checker.getTypeAtLocation(target));
        const allowed = kind === "typed" ? TYPED_ARRAY_MEMBERS : kind === "buffer" ? ARRAY_BUFFER_MEMBERS : null;
        if (allowed && allowed.indexOf(name) < 0) {
          const pos = sf.getLineAndCharacterOfPosition(node.getStart(sf));
          findings.push({
            file: relative(process.cwd(), sf.fileName),
            line: pos.line + 1,
            column: pos.character + 1,
            message: `${kind === "typed" ? "typed array" : "ArrayBuffer"} .${name} (only ${allowed.join(", ")} in the common dialect)`,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return findings;
}
