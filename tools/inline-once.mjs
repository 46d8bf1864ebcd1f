// Functions called from one place (and small ones from two), written into that place as statements
// (engine bundles, before terser). On Espruino every function the bundle defines as it loads is about 5 JsVars of
// RAM for as long as the board runs (ENGINES.md), and QuickJS keeps a bytecode object for each;
// about a hundred of the bundle's functions exist only to name a step of one caller.
//
// terser's own inlining (reduce_funcs) is no use here: it makes such a function a function
// expression in its caller, created anew at every call. This plugin instead puts the callee's
// statements in a block where the call was, its parameters and variables renamed to names of their
// own:
//
//   x = f(a, b);   ->   { var a$i1 = a, b$i1 = b; ...f's statements, `return e` -> `x = e` }
//
// A `return` that is not the last thing the callee does becomes `{ x = e; break; }` inside
// `do { ... } while (0)` (no labels: Espruino has none). Call statements are taken (`f(...);`,
// `return f(...);`, `x = f(...);` and `var x = f(...);`), and a call that its statement evaluates
// before anything a call could change, which first gets a variable of its own: `if (f(a) > 1) ...`
// becomes `{ var v = f(a); if (v > 1) ... }` (and `return g(f(a))` likewise), whose call the next
// run takes. A call in a branch of `c ? a : f(x)` that is a statement's whole value first makes the
// statement an `if`: `return c ? a : f(x);` becomes `{ if (c) return a; else return f(x); }`.
//
// A function called from two places is written into both when it is small (SMALL, COPIES), and
// a tiny one into all its places (TINY).
//
// A callee is left alone when it would mean anything else there: it uses `this` or `arguments`,
// defines a function (whose closures would see its variables as its caller's, and in a loop share
// them between turns; terser already writes most such functions of the bundle into their caller)
// or a label; a name it uses from outside is another variable at the call site; or a `return` that
// must become a `break` is inside a loop, a switch or a try. Where the call is in a loop, the
// callee's variables are set to undefined first, as a call would find them. Each run takes one
// level of such calls (a callee whose own call site moves in the same run waits for the next run).

import { parse } from "acorn";
import MagicString from "magic-string";
import { children, declared, isFunction, isPropertyName } from "./es5-ast.mjs";

const isLoop = (n) => n.type === "ForStatement" || n.type === "ForInStatement" || n.type === "WhileStatement" || n.type === "DoWhileStatement";

// ES5's scopes: a function's parameters, vars and function declarations (and a named function
// expression's own name), a catch clause's parameter.
function scopeOf(node, parent) {
  const names = node.type === "CatchClause" ? new Set([node.param.name]) : declared(node);
  if (node.type === "FunctionExpression" && node.id) names.add(node.id.name);
  return { node, names, parent };
}

// The scope of the function a scope is in (a catch clause's is its function's).
function functionScope(scope) {
  while (scope.node.type === "CatchClause") scope = scope.parent;
  return scope;
}

function resolve(scope, name) {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return s;
  return null;
}

// Whether running a statement always ends in a return or throw (never goes on to the next).
function alwaysExits(st) {
  switch (st.type) {
    case "ReturnStatement":
    case "ThrowStatement":
      return true;
    case "BlockStatement":
      return st.body.some(alwaysExits);
    case "IfStatement":
      return !!st.alternate && alwaysExits(st.consequent) && alwaysExits(st.alternate);
  }
  return false;
}

// The returns of a body after which it has nothing left to do (the last statement, through
// blocks and ifs).
function tailReturns(st, out) {
  if (st.type === "ReturnStatement") out.add(st);
  else if (st.type === "BlockStatement") {
    if (st.body.length) tailReturns(st.body[st.body.length - 1], out);
  } else if (st.type === "IfStatement") {
    tailReturns(st.consequent, out);
    if (st.alternate) tailReturns(st.alternate, out);
  }
  return out;
}

// Everything one run needs to know: for each function declaration, its scope and the references
// to its name; for each identifier, the scope it resolves to.
function analyse(ast) {
  const refs = new Map(); // declaring scope -> name -> [{ node, path, scope }]
  const decls = []; // [{ fn, scope (where its name is declared) }]
  const path = []; // the ancestors of the node being visited, with the key each is under
  const walk = (n, scope, key) => {
    if (n.type === "Identifier") {
      const parent = path.length ? path[path.length - 1].node : null;
      if (isPropertyName(parent, key) || (parent && (parent.type === "LabeledStatement" || parent.type === "BreakStatement" || parent.type === "ContinueStatement"))) return;
      if (parent && parent.type === "FunctionDeclaration" && key === "id") return;
      const s = resolve(scope, n.name);
      n.scope = s;
      if (!s) return;
      if (!refs.has(s)) refs.set(s, new Map());
      const m = refs.get(s);
      if (!m.has(n.name)) m.set(n.name, []);
      const write = (parent.type === "AssignmentExpression" && key === "left") || parent.type === "UpdateExpression" || (parent.type === "ForInStatement" && key === "left") || (parent.type === "VariableDeclarator" && key === "id" && !!parent.init);
      m.get(n.name).push({ node: n, key, write, path: parent && parent.type === "CallExpression" && key === "callee" ? path.slice() : null, scope });
      return;
    }
    let inner = scope;
    if (n.type === "FunctionDeclaration") decls.push({ fn: n, scope });
    if (isFunction(n) || n.type === "CatchClause") inner = n.scope = scopeOf(n, scope);
    path.push({ node: n, key });
    children(n, (c, k) => walk(c, inner, k));
    path.pop();
  };
  walk(ast, scopeOf({ type: "Program", params: [], body: ast }, null), null);
  return { refs, decls };
}

// Why a function cannot be written into its caller (null: it can), and what it needs: its own
// names, the names it uses from outside, its returns.
function calleeFacts(fn) {
  const own = new Set(); // identifiers of fn's own variables and parameters (and catch parameters)
  const free = new Map(); // name -> the scope it resolves to
  const returns = [];
  let why = null;
  const walk = (n, inLoopOrSwitch, inTry) => {
    if (why) return;
    if (n !== fn && isFunction(n)) return (why = "defines a function");
    if (n.type === "ThisExpression") return (why = "uses this");
    if (n.type === "LabeledStatement") return (why = "has a label");
    if (n.type === "Identifier" && n.scope !== undefined) {
      if (n.name === "arguments") return (why = "uses arguments");
      if (n.scope && (n.scope.node === fn || (n.scope.node.type === "CatchClause" && n.scope.node.start >= fn.start && n.scope.node.end <= fn.end))) own.add(n);
      else free.set(n.name, n.scope);
      return;
    }
    if (n.type === "ReturnStatement") returns.push({ node: n, inLoopOrSwitch, inTry });
    const loop = inLoopOrSwitch || isLoop(n) || n.type === "SwitchStatement";
    const tryBlock = inTry || n.type === "TryStatement";
    children(n, (c) => walk(c, loop, tryBlock));
  };
  walk(fn.body, false, false);
  for (const p of fn.params) own.add(p);
  return { why, own, free, returns };
}

// The call statement around a call (the call is path's last element), and its form; or, for
// leadingCall, the statement around another expression in the same places.
function callStatement(path) {
  const up = (k) => (path.length - k >= 0 ? path[path.length - k] : null);
  const call = up(1);
  const p = up(2);
  if (!p) return null;
  if (p.node.type === "ExpressionStatement") return { form: "stmt", st: p, at: 2 };
  if (p.node.type === "ReturnStatement") return { form: "return", st: p, at: 2 };
  const q = up(3);
  if (p.node.type === "AssignmentExpression" && p.node.operator === "=" && p.node.left.type === "Identifier" && call.key === "right" && q && q.node.type === "ExpressionStatement") return { form: "assign", target: p.node.left.name, st: q, at: 3 };
  if (p.node.type === "VariableDeclarator" && q && q.node.declarations.length === 1 && q.key !== "init" && q.key !== "left") return { form: "var", target: p.node.id.name, st: q, at: 3 };
  return null;
}

// What may or may not run when the statements around it do.
const BRANCHES = new Set(["IfStatement", "SwitchCase", "ConditionalExpression", "LogicalExpression", "CatchClause"]);

// The names among a function's own (identifiers `own`) that its body sets before anything reads
// them: in the statements of its body, in order, `var x = e` or `x = e` where nothing before (nor
// e) has used x. In a loop, the others must be undefined where the body starts, as a call would
// find them.
function setFirst(fn, own) {
  const ids = [...own].sort((a, b) => a.start - b.start);
  const seen = new Set();
  const out = new Set();
  const see = (from, to) => {
    for (const id of ids) if (id.start >= from && id.end <= to) seen.add(id.name);
  };
  const write = (id, value) => {
    if (value) see(value.start, value.end);
    if (!seen.has(id.name)) out.add(id.name);
    seen.add(id.name);
  };
  for (const st of fn.body.body) {
    if (st.type === "VariableDeclaration" && st.declarations.every((d) => d.init)) st.declarations.forEach((d) => write(d.id, d.init));
    else if (st.type === "ExpressionStatement" && st.expression.type === "AssignmentExpression" && st.expression.operator === "=" && st.expression.left.type === "Identifier") write(st.expression.left, st.expression.right);
    else see(st.start, st.end);
  }
  return out;
}

// The statement around a call that it evaluates before anything else (the call is path's last
// element): in the test of an `if`, the value of a `return`, `throw` or `var`..., as the left
// operand, the object of a member, the callee of a call, the first of a sequence; or after only
// what the call cannot change (`fixed`: literals, variables that nothing assigns, such as a
// function's name or a parameter never set, and the caller's own variables that the callee
// cannot reach), as in `g(f(a))`, `"x" + f(a)`, `T[f(a)]` or `s += f(a)`. As for a call
// statement (callStatement), with a fresh variable for the call's value and `hoist` set.
function leadingCall(path, fresh, fixed) {
  let child = path[path.length - 1];
  for (let k = path.length - 2; k >= 0; k--) {
    const { node: p } = path[k];
    const key = child.key;
    const head =
      (p.type === "ExpressionStatement" && key === "expression") ||
      ((p.type === "ReturnStatement" || p.type === "ThrowStatement") && key === "argument") ||
      (p.type === "IfStatement" && key === "test") ||
      (p.type === "SwitchStatement" && key === "discriminant");
    if (head) return { form: "var", target: fresh("v"), st: path[k], at: path.length - k, hoist: true };
    if (p.type === "VariableDeclarator" && key === "init") {
      const d = path[k - 1];
      // (the first declarator with a value: those before it do nothing)
      const decls = d.node.declarations;
      if (d.key === "init" || d.key === "left" || decls.slice(0, decls.indexOf(p)).some((x) => x.init)) return null;
      return { form: "var", target: fresh("v"), st: d, at: path.length - k + 1, hoist: true };
    }
    // a branch of `c ? a : f(x)` that is a statement's whole value (as a call would be in a call
    // statement, but for `c ? a : f(x);` alone): the statement becomes an if
    if (p.type === "ConditionalExpression" && key !== "test") {
      const whole = callStatement(path.slice(0, k + 1));
      if (!whole || whole.form === "stmt") return null;
      const put = whole.form === "return" ? "return " : whole.target + " = ";
      return { form: "split", cond: p, hoist: true, put, declare: whole.form === "var" && whole.target, st: whole.st, at: whole.at + path.length - k - 1 };
    }
    const first =
      ((p.type === "BinaryExpression" || p.type === "LogicalExpression") && key === "left") ||
      (p.type === "ConditionalExpression" && key === "test") ||
      (p.type === "UnaryExpression" && p.operator !== "delete") ||
      (p.type === "MemberExpression" && key === "object") ||
      (p.type === "CallExpression" && key === "callee") ||
      (p.type === "AssignmentExpression" && p.left.type === "Identifier" && key === "right" && (p.operator === "=" || fixed(p.left))) ||
      (p.type === "SequenceExpression" && p.expressions[0] === child.node) ||
      (p.type === "CallExpression" && key === "arguments" && [p.callee].concat(p.arguments.slice(0, p.arguments.indexOf(child.node))).every(fixed)) ||
      (p.type === "MemberExpression" && p.computed && key === "property" && fixed(p.object)) ||
      (p.type === "BinaryExpression" && key === "right" && fixed(p.left));
    if (!first) return null;
    child = path[k];
  }
  return null;
}

// The edits that make a callee's body its statements at one call site: its own names renamed
// (names: own name -> fresh name), its returns made assignments to the call's variable, or breaks.
// Each edit is [start, end, text]; start === end inserts.
function bodyEdits(fn, facts, names, site, breaks) {
  const edits = [];
  for (const id of facts.own) if (!fn.params.includes(id)) edits.push([id.start, id.end, names.get(id.name)]);
  if (site.form === "return") return edits;
  const target = site.target;
  const breakSet = new Set(breaks.map((r) => r.node));
  for (const { node: r } of facts.returns) {
    const arg = r.argument;
    // `return` becomes `x =` (the expression parenthesised when it is a sequence), or `void` for
    // a call statement (whose value goes nowhere; terser drops the void)
    const seq = target && arg && arg.type === "SequenceExpression";
    const set = target ? target + " = " + (seq ? "(" : "") : "void ";
    if (!arg) edits.push([r.start, r.end, breakSet.has(r) ? "break;" : ";"]);
    else edits.push([r.start, r.start + 6, (breakSet.has(r) ? "{ " : "") + set]);
    if (seq) edits.push([arg.end, arg.end, ")"]);
    if (arg && breakSet.has(r)) edits.push([r.end, r.end, " break; }"]);
  }
  return edits;
}

// code[from, to) with edits made.
function edited(code, from, to, edits) {
  let out = "";
  let at = from;
  for (const [a, b, text] of edits.slice().sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    out += code.slice(at, a) + text;
    at = b;
  }
  return out + code.slice(at, to);
}

// What goes around the body at a call site: `{ var x, p = a, ...;` (head) and `}` (close).
// argText: the arguments' text by index, or null where they stay in place (`vars` then names the
// parameters that have an argument bare, and head is not for this site).
function wrapper(fn, facts, names, { call, site, breaks, inLoop }, argText) {
  const params = fn.params.map((p) => names.get(p.name));
  const args = call.arguments;
  // var: the call's own variable, the parameters (those without an argument undefined), and in a
  // loop the callee's variables undefined, as a call would find them
  const bound = (p, k) => (k >= args.length ? p + " = void 0" : argText ? p + " = " + argText(k) : p);
  const vars = (site.form === "var" ? [site.target] : []).concat(params.map(bound));
  if (inLoop) {
    const set = setFirst(fn, facts.own);
    for (const [name, n] of names) if (!params.includes(n) && !set.has(name)) vars.push(n + " = void 0");
  }
  const open = breaks.length ? "do {" : "{";
  const exits = alwaysExits(fn.body);
  // the call's value is undefined if the callee ends without a return
  const reset = site.target && !exits ? site.target + " = void 0;" : "";
  return {
    params,
    vars,
    open,
    reset,
    head: open + (vars.length ? " var " + vars.join(", ") + ";" : "") + reset + "\n",
    close: (site.form === "return" && !exits ? "\nreturn;" : "") + (breaks.length ? "\n} while (0);" : "\n}"),
  };
}

// `return c ? a : b;` as `{ if (c) return a; else return b; }` (`x = c ? a : b;` and
// `var x = c ? a : b;` likewise), its parts left where they are (and their source map).
function split(s, { cond, put, declare, st }) {
  const open = (e) => (e.type === "SequenceExpression" ? "(" : "");
  const close = (e) => (e.type === "SequenceExpression" ? ")" : "");
  s.overwrite(st.node.start, cond.test.start, "{ " + (declare ? "var " + declare + "; " : "") + "if (");
  s.overwrite(cond.test.end, cond.consequent.start, ") " + put + open(cond.consequent));
  s.overwrite(cond.consequent.end, cond.alternate.start, close(cond.consequent) + "; else " + put + open(cond.alternate));
  s.overwrite(cond.alternate.end, st.node.end, close(cond.alternate) + "; }");
}

// A function this small (characters of its body) is written into each of up to COPIES call sites
// (measured on the default Espruino bundle: 80 and 2 take ~25 functions more and make every figure
// smaller; 100 or 3 copies grow the bundle), and one of at most TINY characters into every one
// (the heap's `rsp -= n` and `rsp = p`, called from ~110 places: 25 made every figure smaller, by
// 142 bytes, 51 gzip and 18 JsVars; 20 or 32 less so, and 45 into up to 8 places grew the bundle).
const SMALL = 80;
const COPIES = 2;
const TINY = 25;

// One run over the code: the inlinings it can make, made. Returns { code, map, inlined } (the
// names of the functions written into their callers), or null when there was none.
// branchLimit: the longest callee (characters of its body) taken into a call that only some runs
// of its caller make (in an `if`, a `case`, `&&`...): Espruino reads the text of a branch it skips
// (ENGINES.md: a long switch), so a long callee in a branch would slow every run that skips it;
// Duktape, too, ran slower without a limit (rollup.config.mjs).
export function inlineOnceRun(code, branchLimit = Infinity) {
  const ast = parse(code, { ecmaVersion: 5 });
  const { refs, decls } = analyse(ast);
  const taken = new Set(code.match(/[A-Za-z_$][\w$]*/g));
  const fresh = (name) => {
    let k = 1;
    while (taken.has(name + "$i" + k)) k++;
    taken.add(name + "$i" + k);
    return name + "$i" + k;
  };
  const busy = []; // [start, end) ranges this run changes
  const untouched = (a, b) => busy.every(([c, d]) => b <= c || d <= a);
  const plans = [];
  // Whether an expression has the same value before and after the call `call` at `use` runs: a
  // literal; a variable nothing assigns; a variable of the caller's own that no function inside
  // the caller uses (the callee cannot reach it) and that the call's arguments do not set; or an
  // operator on such (the bundle's objects define no valueOf or toString that `+` could run).
  const fixed = (e, use, call) => {
    if (e.type === "Literal") return true;
    if (e.type === "BinaryExpression" && e.operator !== "in" && e.operator !== "instanceof") return fixed(e.left, use, call) && fixed(e.right, use, call);
    if (e.type !== "Identifier" || !e.scope) return false;
    const all = refs.get(e.scope).get(e.name);
    if (!all.some((r) => r.write)) return true;
    const home = functionScope(use.scope);
    return e.scope === home && all.every((r) => functionScope(r.scope) === home && !(r.write && r.node.start >= call.start && r.node.end <= call.end));
  };
  // A call site of fn (its name's reference `use`), or null if the call cannot take fn's body.
  const siteOf = (fn, facts, use) => {
    if (!use.path) return null;
    const call = use.path[use.path.length - 1].node;
    // a call that its statement evaluates first gets a variable of its own first (`if (f(a) > 1)`
    // -> `{ var v = f(a); if (v > 1) }`), written in by the next run
    const site = callStatement(use.path) || leadingCall(use.path, fresh, (e) => fixed(e, use, call));
    if (!site || ((!site.hoist || site.cond) && code[site.st.node.end - 1] !== ";") || call.arguments.length > fn.params.length) return null;
    const st = site.st.node;
    if (st.start < fn.end && fn.start < st.end) return null;
    // each name the callee uses from outside means the same at the call site, and is not the
    // variable the call's value goes to
    if ([...facts.free].some(([name, s]) => resolve(use.scope, name) !== s || name === site.target)) return null;
    const tails = site.form === "return" ? null : tailReturns(fn.body, new Set());
    const breaks = tails ? facts.returns.filter((r) => !tails.has(r.node)) : [];
    if (breaks.some((r) => r.inLoopOrSwitch || r.inTry)) return null;
    let inLoop = false;
    let inBranch = !!site.cond;
    for (let k = use.path.length - site.at - 1; k >= 0 && !isFunction(use.path[k].node); k--) {
      const n = use.path[k].node;
      if (isLoop(n)) inLoop = true;
      if (BRANCHES.has(n.type)) inBranch = true;
    }
    if (inBranch && fn.body.end - fn.body.start > branchLimit) return null;
    return { call, site, breaks, inLoop };
  };
  for (const { fn, scope } of decls) {
    const uses = refs.get(scope) && refs.get(scope).get(fn.id.name);
    const size = fn.body.end - fn.body.start;
    if (!uses || !fn.body.body.length || (uses.length > 1 && size > TINY && (uses.length > COPIES || size > SMALL))) continue;
    const facts = calleeFacts(fn);
    if (facts.why) continue;
    const sites = [];
    for (const use of uses) sites.push(siteOf(fn, facts, use));
    if (sites.some((x) => !x) || !untouched(fn.start, fn.end)) continue;
    // (two calls in one statement, as in g(f(f(a))), wait for a later run: their edits would cross)
    const ranges = sites.map((x) => [x.site.st.node.start, x.site.st.node.end]);
    if (ranges.some(([a, b], k) => !untouched(a, b) || ranges.slice(0, k).some(([c, d]) => a < d && c < b))) continue;
    busy.push(...ranges);
    // the calls needing a variable get it this run, and the function waits for the next
    const hoists = sites.filter((x) => x.site.hoist);
    if (hoists.length) plans.push({ hoists });
    else {
      busy.push([fn.start, fn.end]);
      plans.push({ fn, facts, sites });
    }
  }
  if (!plans.length) return null;
  const s = new MagicString(code);
  for (const { hoists, fn, facts, sites } of plans) {
    if (hoists) {
      for (const { call, site } of hoists) {
        if (site.cond) {
          split(s, site);
          continue;
        }
        s.overwrite(call.start, call.end, site.target);
        s.prependRight(site.st.node.start, "{ var " + site.target + " = " + code.slice(call.start, call.end) + ";\n");
        s.appendLeft(site.st.node.end, "\n}");
      }
      continue;
    }
    const names = new Map(); // own name -> fresh name (the same at every site)
    for (const id of facts.own) if (!names.has(id.name)) names.set(id.name, fresh(id.name));
    const body = [fn.body.start + 1, fn.body.end - 1];
    // each site but the last gets a copy of the body
    for (const x of sites.slice(0, -1)) {
      const st = x.site.st.node;
      const w = wrapper(fn, facts, names, x, (k) => code.slice(x.call.arguments[k].start, x.call.arguments[k].end));
      s.overwrite(st.start, st.end, w.head + edited(code, body[0], body[1], bodyEdits(fn, facts, names, x.site, x.breaks)) + w.close);
    }
    // and the last one the body itself, moved (with its source map)
    const x = sites[sites.length - 1];
    const st = x.site.st.node;
    for (const [a, b, text] of bodyEdits(fn, facts, names, x.site, x.breaks)) {
      if (a === b) s.appendLeft(a, text);
      else s.overwrite(a, b, text);
    }
    const w = wrapper(fn, facts, names, x, null);
    const args = x.call.arguments;
    if (!args.length) s.overwrite(st.start, st.end - 1, w.head);
    else {
      // the arguments stay where they are (and so does their source map)
      s.overwrite(st.start, args[0].start, w.open + " var " + w.vars.slice(0, w.vars.indexOf(w.params[0]) + 1).join(", ") + " = ");
      for (let k = 1; k < args.length; k++) s.overwrite(args[k - 1].end, args[k].start, ", " + w.params[k] + " = ");
      const after = w.vars.slice(w.vars.indexOf(w.params[args.length - 1]) + 1);
      s.overwrite(args[args.length - 1].end, st.end - 1, (after.length ? ", " + after.join(", ") : "") + ";" + w.reset + "\n");
    }
    s.move(body[0], body[1], st.end - 1);
    s.overwrite(st.end - 1, st.end, w.close);
    // what is left of the function goes
    s.remove(fn.start, fn.body.start + 1);
    s.remove(fn.body.end - 1, fn.end);
  }
  return { code: s.toString(), map: s.generateMap({ hires: true }), inlined: plans.filter((p) => p.fn).map((p) => p.fn.id.name) };
}

// runs: how many levels of calls (each run takes one); branchLimit: as for inlineOnceRun
export function inlineOnce({ runs = 5, branchLimit = Infinity } = {}) {
  const plugins = [];
  for (let k = 0; k < runs; k++) {
    plugins.push({
      name: "inline-once",
      renderChunk(code) {
        return inlineOnceRun(code, branchLimit);
      },
    });
  }
  return plugins;
}
