// The IIFE's own variables declared where they are first given a value, after terser's hoist_vars
// (rollup.config.mjs minify). hoist_vars gathers each function's `var` declarations in one at its
// top, which lets their initial values join the sequences around them: a gain in every function
// but the IIFE, where it leaves a list of a thousand two-letter names that gzip cannot shorten
// (about 600 bytes of gzip for its 840) and the values in the sequences of the statements that
// run at load (`for (a = 1, b = 2, f(), c = 3; ...)`, `return a = 1, ..., x`).
//
// This plugin runs after the compression and takes the names back out of the list: the sequence
// at the head of each statement of the IIFE's body (an expression statement, a `for`'s init, a
// `return`'s, `if`'s, `throw`'s or `switch`'s expression, which run first and once) is cut into
// statements before it, each run of assignments to names of the list becoming `var a = 1, b = 2;`
// where their declaration stood before hoisting. A name that the code run before uses stays in the
// list, so that an engine that does not hoist `var` (Espruino) finds every name declared before
// its first use.

import { parse } from "acorn";
import MagicString from "magic-string";
import { children, iifeOf, isFunction, isPropertyName } from "./es5-ast.mjs";

// The names an expression or statement uses as it runs (not those of the functions it defines).
function namesUsed(node, out) {
  if (!node || isFunction(node)) return out;
  if (node.type === "Identifier") out.add(node.name);
  if (node.type === "VariableDeclarator") return namesUsed(node.init, out);
  children(node, (c, key) => isPropertyName(node, key) || namesUsed(c, out));
  return out;
}

// The expression a statement evaluates first, once, before anything else of it.
function headOf(st) {
  switch (st.type) {
    case "ExpressionStatement":
      return st.directive ? null : st.expression;
    case "ForStatement":
      return st.init && st.init.type !== "VariableDeclaration" ? st.init : null;
    case "ReturnStatement":
    case "ThrowStatement":
      return st.argument;
    case "IfStatement":
      return st.test;
    case "SwitchStatement":
      return st.discriminant;
  }
  return null;
}

export function topLevelVars() {
  return {
    name: "top-level-vars",
    renderChunk(code) {
      const iife = iifeOf(parse(code, { ecmaVersion: 5 }));
      if (!iife) this.error("top-level-vars: no IIFE in the bundle");
      const body = iife.body.body;
      // the hoisted names: declarators without a value in the IIFE's own `var` statements
      const hoisted = new Map(); // name -> [its declarator, its statement]
      for (const st of body) {
        if (st.type !== "VariableDeclaration") continue;
        for (const d of st.declarations) if (!d.init && !hoisted.has(d.id.name)) hoisted.set(d.id.name, [d, st]);
      }
      const s = new MagicString(code);
      const used = new Set(); // the names the code so far has used
      const moved = new Set(); // the names declared where they are given a value
      for (const st of body) {
        const head = headOf(st);
        if (!head) {
          namesUsed(st, used);
          continue;
        }
        const exprs = head.type === "SequenceExpression" ? head.expressions : [head];
        // the commas between the elements (an element's text runs from one to the next, with
        // its parentheses)
        const commas = [];
        for (let k = 0; k + 1 < exprs.length; k++) commas.push(code.indexOf(",", exprs[k].end));
        if (commas.some((c, k) => c < 0 || c >= exprs[k + 1].start)) this.error("top-level-vars: no comma after an element of a sequence");
        const startOf = (k) => (k === 0 ? head.start : commas[k - 1] + 1);
        const endOf = (k) => (k + 1 < exprs.length ? commas[k] : head.end);
        // an expression statement can give up all of its sequence; any other statement keeps the last
        const limit = st.type === "ExpressionStatement" ? exprs.length : exprs.length - 1;
        const runs = []; // [isVar, first element, last element]
        for (let k = 0; k < limit; k++) {
          const e = exprs[k];
          const isVar = e.type === "AssignmentExpression" && e.operator === "=" && e.left.type === "Identifier" && hoisted.has(e.left.name) && !used.has(e.left.name);
          if (isVar) moved.add(e.left.name);
          namesUsed(e, used);
          if (runs.length && runs[runs.length - 1][0] === isVar) runs[runs.length - 1][2] = k;
          else runs.push([isVar, k, k]);
        }
        for (let k = limit; k < exprs.length; k++) namesUsed(exprs[k], used);
        namesUsed(st, used);
        if (!runs.some((run) => run[0])) continue;
        // each run a statement of its own, in place (the text moves not, so neither does its map)
        for (const [isVar, first, last] of runs) {
          const paren = !isVar && /^(function|\{)/.test(code.slice(startOf(first), endOf(first)));
          if (isVar) s.prependRight(startOf(first), "var ");
          if (paren) s.prependRight(startOf(first), "(");
          if (last + 1 < exprs.length) s.overwrite(commas[last], commas[last] + 1, (paren ? ")" : "") + ";");
          else s.appendLeft(head.end, (paren ? ")" : "") + (code[head.end] === ";" ? "" : ";"));
        }
        // what the statement has before its head (`for (`, `return `...) goes after the runs
        if (limit < exprs.length && st.start < head.start) s.move(st.start, head.start, startOf(limit));
      }
      // take the moved names out of their declarations (a declaration left empty goes)
      const gone = new Map(); // statement -> its declarators that go
      for (const n of moved) {
        const [d, st] = hoisted.get(n);
        if (!gone.has(st)) gone.set(st, new Set());
        gone.get(st).add(d);
      }
      for (const [st, ds] of gone) {
        const kept = st.declarations.filter((d) => !ds.has(d));
        s.overwrite(st.start, st.end, kept.length ? "var " + kept.map((d) => code.slice(d.start, d.end)).join(",") + ";" : "");
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
