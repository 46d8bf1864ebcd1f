// The figures of the size budget (size-budget.json), per target:
//   minified   bytes of the bundle file (flash on a JerryScript board)
//   gzip       the same gzipped (level 9)
//   storage    (Espruino) bytes of the pretokenised bundle, NAME.tok, that `mpjs deploy` writes
//              into the board's Storage (tools/pretokenise.mjs): the flash it takes there
//   quickjs    bytes QuickJS (quickjs-emscripten) holds after loading the bundle and booting to the
//              prompt, beyond an empty context: a stand-in for engines that compile the source
//              into their own heap, as JerryScript does without snapshots
//   jsvars     Espruino JsVars estimated after boot, from the objects the bundle leaves in a
//              restricted Node realm (see estimateJsVars), the Python heap's own buffer excepted
//   heapJsVars the JsVars of that Python heap buffer, for information (its size is the user's)
//   heapAtPrompt  bytes of the Python heap in use after boot (mpjs.heapInUse())
// and, as "espruino-board", the minified, gzip, storage and jsvars figures of the Espruino board
// profile.
// Run `node tests/size/measure.mjs` to print them; tests/size/budget.test.mjs checks them.

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import inspector from "node:inspector";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { getQuickJS } from "quickjs-emscripten";
import { createRealm } from "../lib/realm.mjs";
import { targets } from "../../rollup.config.mjs";
import { tokFile } from "../../tools/pretokenise.mjs";

export const BUNDLE = (target) => `dist/${target}/mpjs.js`;

export function fileSizes(target, file = BUNDLE(target)) {
  const code = readFileSync(file);
  const sizes = { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
  if (target === "espruino") sizes.storage = readFileSync(tokFile(file)).length;
  return sizes;
}

// QuickJS: memory_used_size after `mpjs.start({})` minus the same figure for an empty context.
export async function quickjsBytes(target) {
  const QuickJS = await getQuickJS();
  const rt = QuickJS.newRuntime();
  const ctx = rt.newContext();
  try {
    const used = () => {
      const h = rt.computeMemoryUsage();
      const u = ctx.dump(h);
      h.dispose();
      return u.memory_used_size;
    };
    const print = ctx.newFunction("print", () => {});
    ctx.setProp(ctx.global, "print", print);
    print.dispose();
    const empty = used();
    const run = (code, name) => {
      const r = ctx.evalCode(code, name);
      if (r.error) {
        const e = ctx.dump(r.error);
        r.error.dispose();
        throw new Error(`QuickJS: ${name}: ${JSON.stringify(e)}`);
      }
      const v = ctx.dump(r.value);
      r.value.dispose();
      return v;
    };
    run(readFileSync(BUNDLE(target), "utf8"), BUNDLE(target));
    run("mpjs.start({}); 0", "boot.js");
    return used() - empty;
  } finally {
    ctx.dispose();
    rt.dispose();
  }
}

// Espruino's JsVar prices, from ENGINES.md ("memory is counted in JsVars"): a function object
// about 5; each object property, array element or closure variable 1; a string about 1 per 12-20
// characters (1 per 16 here); a typed array one flat block (bytes / 16, plus 2 for the view and
// its ArrayBuffer). Numbers, booleans, null and undefined live in the property's own JsVar.
export const PRICE = { function: 5, object: 1, property: 1, charsPerVar: 16, bytesPerVar: 16, typedArray: 2 };

function inspectorSession() {
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => {
    let out;
    let err;
    let done = false;
    session.post(method, params, (e, r) => {
      err = e;
      out = r;
      done = true;
    });
    if (!done) throw new Error(`inspector ${method} answered asynchronously`);
    if (err) throw new Error(`inspector ${method}: ${err.message}`);
    return out;
  };
  return { post, close: () => session.disconnect() };
}

// Loads the bundle into a fresh restricted realm, boots (mpjs.start, no REPL there), then walks
// everything reachable from the globals the bundle added, closures included (the variables a
// function's scopes hold, read through the inspector protocol), pricing each thing once.
// Objects the realm had before the bundle loaded (built-ins, print, console) cost nothing.
// V8 keeps in a closure only the variables some inner function uses; Espruino keeps them all, so
// unused top-level variables of the bundle are not counted (minifiers drop most of them anyway).
// file: the bundle; heapSize: the Python heap to boot with (its buffer is counted apart).
// program: Python source run after boot, before the count (its done() value is programError).
export function estimateJsVars(file, { heapSize = null, program = null } = {}) {
  const realm = createRealm({ timers: false, timeoutMs: 60000 });
  const global = realm.run("this");
  const known = new Set();
  const mark = (root) => {
    const stack = [root];
    while (stack.length) {
      const o = stack.pop();
      if ((typeof o !== "object" && typeof o !== "function") || o === null || known.has(o)) continue;
      known.add(o);
      stack.push(Object.getPrototypeOf(o));
      for (const k of Object.getOwnPropertyNames(o)) {
        const d = Object.getOwnPropertyDescriptor(o, k);
        if (d) stack.push(d.value, d.get, d.set);
      }
    }
  };
  mark(global);
  const globalsBefore = new Set(Object.getOwnPropertyNames(global));

  realm.runScript(new vm.Script(readFileSync(file, "utf8"), { filename: file }));
  const mpjs = realm.context.mpjs;
  if (!mpjs || typeof mpjs.start !== "function") throw new Error(`${file} defined no global mpjs with start()`);
  realm.call(mpjs.start, realm.run(`({repl: false${heapSize ? `, heapSize: ${heapSize}` : ""}})`));
  const heapAtPrompt = realm.call(mpjs.heapInUse);
  let programError;
  if (program !== null) realm.call(mpjs.exec, program, (e) => (programError = e));

  const { post, close } = inspectorSession();
  const ids = new Map();
  const idOf = (v) => {
    if (!ids.has(v)) ids.set(v, ids.size + 1);
    return ids.get(v);
  };
  const seenScopes = new Set();
  let jsvars = 0;
  let heapJsVars = 0;
  let functions = 0;
  let objects = 0;
  const fnLocations = []; // where each function counted is defined in the bundle (1-based line)
  const heapBytes = heapSize || 0;

  // The closure scopes of fn, as [{description, object}] with the real variable values.
  const scopesOf = (fn) => {
    globalThis.__mpjsProbe = fn;
    try {
      const r = post("Runtime.evaluate", { expression: "globalThis.__mpjsProbe" });
      const props = post("Runtime.getProperties", { objectId: r.result.objectId, ownProperties: true });
      const where = (props.internalProperties || []).find((p) => p.name === "[[FunctionLocation]]");
      if (where) fnLocations.push({ line: where.value.value.lineNumber + 1, column: where.value.value.columnNumber });
      const list = (props.internalProperties || []).find((p) => p.name === "[[Scopes]]");
      if (!list) return [];
      const scopes = post("Runtime.getProperties", { objectId: list.value.objectId, ownProperties: true });
      const out = [];
      for (const s of scopes.result) {
        if (!s.value || !s.value.objectId || !/^(Closure|Block)/.test(s.value.description || "")) continue;
        post("Runtime.callFunctionOn", { objectId: s.value.objectId, functionDeclaration: "function () { globalThis.__mpjsSink = this; }" });
        out.push(globalThis.__mpjsSink);
      }
      return out;
    } finally {
      delete globalThis.__mpjsProbe;
      delete globalThis.__mpjsSink;
    }
  };

  // Costs are charged to the root through which a thing was first reached: a global the bundle
  // added, or a closure variable ("<scope>:<name>"); byRoot is what breakdown.mjs shows, with
  // byKind, the same costs by what they are for.
  const byRoot = new Map();
  const byKind = new Map();
  let root = "";
  const charge = (n, kind) => {
    jsvars += n;
    byRoot.set(root, (byRoot.get(root) || 0) + n);
    byKind.set(kind, (byKind.get(kind) || 0) + n);
  };
  const roots = [];
  const stack = [];
  const price = (v) => {
    if (typeof v === "string") charge(Math.ceil(v.length / PRICE.charsPerVar), "strings");
    else if ((typeof v === "object" && v !== null) || typeof v === "function") stack.push(v);
  };
  const visit = (o) => {
    if (known.has(o)) return;
    known.add(o);
    if (ArrayBuffer.isView(o) || Object.prototype.toString.call(o) === "[object ArrayBuffer]") {
      const buf = ArrayBuffer.isView(o) ? o.buffer : o;
      if (ArrayBuffer.isView(o)) charge(PRICE.typedArray, "typed arrays");
      if (!known.has(buf)) {
        known.add(buf);
        const cost = Math.ceil(buf.byteLength / PRICE.bytesPerVar);
        if (heapBytes && buf.byteLength >= heapBytes) heapJsVars += cost;
        else charge(cost, "typed arrays");
      }
      return;
    }
    if (typeof o === "function") {
      functions++;
      charge(PRICE.function, "functions");
      for (const scope of scopesOf(o)) {
        const names = Object.keys(scope.object);
        const key = scope.description + "|" + names.map((n) => {
          const v = scope.object[n];
          return n + "=" + ((typeof v === "object" && v !== null) || typeof v === "function" ? "#" + idOf(v) : typeof v + ":" + String(v));
        }).join(",");
        if (seenScopes.has(key)) continue;
        seenScopes.add(key);
        for (const n of names) roots.push({ name: `${scope.description}:${n}`, value: scope.object[n] });
      }
    } else {
      objects++;
      charge(PRICE.object, Array.isArray(o) ? "arrays" : "objects");
    }
    stack.push(Object.getPrototypeOf(o));
    for (const k of Object.getOwnPropertyNames(o)) {
      if (typeof o === "function" && (k === "length" || k === "name" || k === "arguments" || k === "caller")) continue;
      const d = Object.getOwnPropertyDescriptor(o, k);
      if (typeof o === "function" && k === "prototype" && d.value && Object.getOwnPropertyNames(d.value).join() === "constructor") continue;
      if (Array.isArray(o) && k === "length") continue;
      charge(PRICE.property, Array.isArray(o) ? "array elements" : typeof o === "function" ? "function properties" : "object properties");
      price(d.value);
      price(d.get);
      price(d.set);
    }
  };

  try {
    for (const k of Object.getOwnPropertyNames(global)) {
      if (!globalsBefore.has(k)) roots.push({ name: `global:${k}`, value: Object.getOwnPropertyDescriptor(global, k).value });
    }
    while (roots.length) {
      const r = roots.shift();
      root = r.name;
      charge(PRICE.property, "globals and closure variables");
      price(r.value);
      while (stack.length) {
        const o = stack.pop();
        if ((typeof o === "object" && o !== null) || typeof o === "function") visit(o);
      }
    }
  } finally {
    close();
  }
  return { jsvars, heapJsVars, heapAtPrompt, functions, objects, byRoot, byKind, fnLocations, programError };
}

// The Node bundle's heap at the prompt, in its own process: require it (global mpjs, no CLI),
// boot without the REPL, print heapInUse().
export function nodeHeapAtPrompt() {
  const out = execFileSync(process.execPath, ["-e", "const m = require('./dist/node/mpjs.js'); m.start({repl: false}); process.stdout.write('\\n@@' + m.heapInUse());"], { encoding: "utf8" });
  return Number(out.slice(out.lastIndexOf("@@") + 2));
}

export async function measureAll() {
  const figures = {};
  for (const target of ["espruino", "jerryscript"]) {
    const est = estimateJsVars(BUNDLE(target), { heapSize: targets[target].MPJS_HEAP_DEFAULT });
    figures[target] = {
      ...fileSizes(target),
      quickjs: await quickjsBytes(target),
      jsvars: est.jsvars,
      heapJsVars: est.heapJsVars,
      heapAtPrompt: est.heapAtPrompt,
    };
    if (target !== "espruino") {
      delete figures[target].jsvars;
      delete figures[target].heapJsVars;
    }
  }
  // The board profile of Espruino (the default one with the REPL, files and machine): what issue
  // 2's default profile is to hold, so its figures are watched too until the default holds it all.
  const board = "dist/espruino/mpjs-board.js";
  figures["espruino-board"] = { ...fileSizes("espruino", board), jsvars: estimateJsVars(board, { heapSize: targets.espruino.MPJS_HEAP_DEFAULT }).jsvars };
  figures.node = { bytes: fileSizes("node").minified, heapAtPrompt: nodeHeapAtPrompt() };
  return figures;
}

// Compares figures with budgets ({target: {figure: limit}}): a line per figure, and the ones over.
export function checkBudget(figures, budgets) {
  const lines = [];
  const over = [];
  for (const [target, values] of Object.entries(figures)) {
    for (const [name, value] of Object.entries(values)) {
      const limit = budgets[target] ? budgets[target][name] : undefined;
      const verdict = limit === undefined ? "(no budget)" : value <= limit ? `<= ${limit} ok` : `> ${limit} OVER BUDGET`;
      lines.push(`${target.padEnd(14)} ${name.padEnd(13)} ${String(value).padStart(9)}  ${verdict}`);
      if (limit !== undefined && value > limit) over.push(`${target} ${name} ${value} > ${limit}`);
    }
  }
  for (const [target, limits] of Object.entries(budgets)) {
    if (target.startsWith("_")) continue;
    for (const name of Object.keys(limits)) {
      if (!figures[target] || figures[target][name] === undefined) over.push(`${target} ${name}: budgeted but not measured`);
    }
  }
  return { lines, over };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureAll();
  const budgets = JSON.parse(readFileSync("size-budget.json", "utf8"));
  const { lines, over } = checkBudget(figures, budgets);
  console.log(lines.join("\n"));
  if (over.length) {
    console.log(`over budget:\n  ${over.join("\n  ")}`);
    process.exitCode = 1;
  }
}
