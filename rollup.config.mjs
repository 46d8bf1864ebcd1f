// Builds the bundles (npm run build):
//   dist/node/mpjs.js         the CLI and Node embedding API (CommonJS, readable, #!/usr/bin/env node)
//   dist/espruino/mpjs.js     ES5, minified, one global `mpjs`, with dist/espruino/mpjs.js.map
//   dist/jerryscript/mpjs.js  ES5, minified, one global `mpjs`, with dist/jerryscript/mpjs.js.map
//   dist/*/mpjs-board.js      the same with the board profile (BOARD_PROFILE below)
//   dist/*/mpjs-full.js       the same with the full profile (PROFILES.full, no size budget): the
//                             engine test suites run the corpus on them
//
// Each target has its own values for the build-time constants declared in src/config.ts; the
// `constants` plugin below writes them into the code, so switched-off branches are removed.

import { chmodSync } from "node:fs";
import typescript from "@rollup/plugin-typescript";
import terser from "@rollup/plugin-terser";
import { parse } from "acorn";
import MagicString from "magic-string";
import { children } from "./tools/es5-ast.mjs";
import { engineNames } from "./tools/engine-names.mjs";
import { lazyFolder } from "./tools/lazy-folder.mjs";
import { messageWords } from "./tools/message-words.mjs";
import { hotNames } from "./tools/hot-names.mjs";
import { topLevelVars } from "./tools/top-level-vars.mjs";
import { looseEquality } from "./tools/loose-equality.mjs";
import { inlineOnce } from "./tools/inline-once.mjs";
import { pretokenised, ESPRUINO_WORDS } from "./tools/pretokenise.mjs";

const flag = (name) => process.env[name] === "1" || process.env[name] === "true";

function buildDate() {
  // SOURCE_DATE_EPOCH (seconds) makes a build reproducible.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const d = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return d.toISOString().slice(0, 10);
}

// `mpjs build --freeze DIR` (targets/node/build.ts) builds DIR's modules in: tools/gen-frozen.mjs
// reads the same variable
const freezing = !!process.env.MPJS_FREEZE;

const common = {
  MPJS_ASSERT: flag("MPJS_ASSERT"),
  // MPJS_REPL=1 npm run build: the REPL in the engine bundles too, whatever their size budget
  MPJS_REPL: flag("MPJS_REPL"),
  MPJS_BUILD_DATE: buildDate(),
};

export const targets = {
  node: {
    ...common,
    MPJS_TARGET: "node",
    MPJS_FULL: true,
    MPJS_MACHINE: true,
    MPJS_ASYNCIO: true,
    MPJS_FROZEN: true,
    MPJS_FILES: true,
    MPJS_TABLE_DISPATCH: false,
    MPJS_REPL: true,
    MPJS_HEAP_DEFAULT: 2 * 1024 * 1024,
  },
  espruino: {
    ...common,
    MPJS_TARGET: "espruino",
    MPJS_FULL: false,
    // on with MPJS_MACHINE=1 npm run build (to measure it; over the budget today)
    MPJS_MACHINE: flag("MPJS_MACHINE"),
    // on with MPJS_ASYNCIO=1 npm run build (to measure it; over the budget today)
    MPJS_ASYNCIO: flag("MPJS_ASYNCIO"),
    MPJS_FROZEN: flag("MPJS_ASYNCIO") || freezing,
    MPJS_FILES: flag("MPJS_FILES"),
    MPJS_TABLE_DISPATCH: true,
    // the REPL costs about 6 KB of bundle that the budget does not have yet: off unless asked
    MPJS_HEAP_DEFAULT: 32 * 1024,
  },
  jerryscript: {
    ...common,
    MPJS_TARGET: "jerryscript",
    MPJS_FULL: false,
    // on with MPJS_MACHINE=1 npm run build (to measure it; over the budget today)
    MPJS_MACHINE: flag("MPJS_MACHINE"),
    // on with MPJS_ASYNCIO=1 npm run build (to measure it; over the budget today)
    MPJS_ASYNCIO: flag("MPJS_ASYNCIO"),
    MPJS_FROZEN: flag("MPJS_ASYNCIO") || freezing,
    MPJS_FILES: flag("MPJS_FILES"),
    MPJS_TABLE_DISPATCH: false,
    MPJS_HEAP_DEFAULT: 32 * 1024,
  },
};

// Replaces each MPJS_* identifier in the compiled TypeScript by its literal (JSON) value. Lines
// do not move, so the source maps still name the right TypeScript line. An unknown MPJS_* name is
// an error, so that a typo cannot silently become a global lookup at run time.
function constants(values) {
  return {
    name: "mpjs-constants",
    transform(code, id) {
      if (!/\.ts$/.test(id)) return null;
      let unknown = null;
      const out = code.replace(/(^|[^\w$.])(MPJS_[A-Z0-9_]+)\b/g, (all, before, name) => {
        if (!Object.prototype.hasOwnProperty.call(values, name)) {
          unknown = name;
          return all;
        }
        return before + JSON.stringify(values[name]);
      });
      if (unknown) this.error(`unknown build-time constant ${unknown} (declare it in src/config.ts and rollup.config.mjs)`);
      return out === code ? null : { code: out, map: null };
    },
  };
}

function executable(file) {
  return {
    name: "mpjs-executable",
    writeBundle() {
      chmodSync(file, 0o755);
    },
  };
}

// An engine bundle is ASCII: terser writes a character beyond it as itself (strmethods.ts's "\x80"),
// which a loader that reads the file as bytes (the espruino command line's --storage) takes as its
// two UTF-8 bytes; an escape reads the same everywhere. Only string and regular-expression literals
// hold such characters, where \x and \u escapes mean them.
function asciiOnly() {
  return {
    name: "ascii-only",
    renderChunk(code) {
      if (!/[^\x00-\x7f]/.test(code)) return null;
      const s = new MagicString(code);
      for (let at = 0; at < code.length; at++) {
        const c = code.charCodeAt(at);
        if (c > 0x7f) s.overwrite(at, at + 1, c < 0x100 ? "\\x" + c.toString(16) : "\\u" + c.toString(16).padStart(4, "0"));
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

function ts() {
  return typescript({ tsconfig: "./tsconfig.json", noEmitOnError: true, transformers: { before: [looseEquality()] } });
}

// TypeScript writes each method of a class as `Name.prototype.method = function ...`; inside the
// class's function, one local standing for Name.prototype makes each of those ~10 bytes shorter
// (the compiler and lexer classes have over a hundred methods). Runs before terser, which then
// mangles the local like any other.
function prototypeAlias() {
  return {
    name: "prototype-alias",
    renderChunk(code) {
      const alias = "__proto_methods";
      if (code.includes(alias)) throw new Error("prototype-alias: " + alias + " is already used");
      const s = new MagicString(code);
      const visit = (node) => {
        if (node.type === "FunctionExpression" && aliasClass(node.body.body, s, alias)) return;
        children(node, visit);
      };
      visit(parse(code, { ecmaVersion: 5 }));
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

// body: the statements of a function; when they are a class (function Name, ..., return Name),
// rewrites its Name.prototype.x as alias.x. Returns whether it did.
function aliasClass(body, s, alias) {
  const first = body.find((st) => st.type === "FunctionDeclaration");
  const last = body[body.length - 1];
  if (!first || !last || last.type !== "ReturnStatement" || !last.argument || last.argument.name !== first.id.name) return false;
  const name = first.id.name;
  const uses = [];
  const find = (node) => {
    if (node.type === "MemberExpression" && !node.computed && node.object.type === "Identifier" && node.object.name === name && node.property.name === "prototype") {
      uses.push(node);
      return;
    }
    children(node, find);
  };
  const from = body.findIndex((st) => st.type === "ExpressionStatement" && st.expression.type === "AssignmentExpression" && st.expression.left.type === "MemberExpression" && st.expression.left.object.type === "MemberExpression" && st.expression.left.object.object.name === name);
  if (from < 0) return false;
  for (let k = from; k < body.length; k++) find(body[k]);
  if (uses.length < 2) return false;
  s.appendLeft(body[from].start, "var " + alias + " = " + name + ".prototype;\n");
  for (const u of uses) s.overwrite(u.start, u.end, alias);
  return true;
}

// Minified for engines that interpret source text (Espruino: identifier length is lexing time)
// or compile it into their own small heap (JerryScript). passes: terser's compression passes; the
// later ones gain a few hundred bytes each, which matters only to a bundle with a size budget.
// terser compresses, compresses again with hoist_vars, then renames, so that tools/hot-names.mjs
// can choose in between which top-level names get one character. reduce_funcs is off: it moves a
// function called from one place into that place as a function expression, made anew at every
// call (Duktape ran the benchmarks up to 1.8 times slower with it; tests/size/minify.test.mjs).
// hoist_vars puts each function's `var` declarations in one at its top, which lets the assignments
// that were their initial values join the sequences around them: 2.9 KB less on the default
// Espruino bundle, where terser's documentation expects more in general. It has a run of its own
// because from the start it would keep as variables the constants the first run puts in their
// uses (a hoisted `var` is no longer one with a single constant value), and
// tools/top-level-vars.mjs takes back the IIFE's own list, which gzip cannot shorten.
const HOIST_PASSES = 2;
function minify(target, passes = 5) {
  const format = { ecma: 5, comments: false };
  // a run that compresses without renaming (a quoted property name stays quoted for the last
  // run, which does not rename it: the REPL's escape sequences; properties: that run's only
  // compression, which notes the quotes)
  const compressRun = (options) =>
    terser({
      ecma: 5,
      compress: { ecma: 5, pure_getters: true, keep_fargs: false, reduce_funcs: false, properties: false, ...options },
      mangle: false,
      format: { ...format, keep_quoted_props: true },
    });
  return [
    messageWords(),
    compressRun({ passes }),
    compressRun({ passes: HOIST_PASSES, hoist_vars: true }),
    topLevelVars(),
    hotNames(),
    terser({
      ecma: 5,
      compress: { defaults: false, properties: true },
      // (no name made is a word Espruino reserves: `.in` and a function `of` needed the firmware
      // to read them as names, and a pretokenised `of` it does not)
      mangle: { reserved: ESPRUINO_WORDS, properties: { builtins: true, reserved: engineNames(target).concat(ESPRUINO_WORDS), keep_quoted: "strict" } },
      format,
    }),
  ];
}

// Natives, types and iterator kinds are made by calls at the top level of their files; a call
// whose result no code uses (a module switched off by MPJS_FULL) is dropped with its function.
const treeshake = { manualPureFunctions: ["defNative", "defIterKind", "newTypeIndex", "newClassMethodValue", "defExcType"] };

// The lazy folders of an engine bundle (tools/lazy-folder.mjs; first, as it resolves imports
// before the TypeScript plugin does): machine's code is made at the first import of machine, the
// file system's at the first open() or import of io or os, set's at the first set, and the
// compiler's (compile.ts and its lexer) for each compilation, dropped when it is done: on Espruino
// a function is ~5 JsVars from when the code defining it runs (the compiler's ~90 cost about 450,
// which a running program gets back), and its text stays in flash. JerryScript compiles all of
// the bundle to bytecode in RAM as it loads, and holds it whether a function is made or not:
// making one later saves only its closure object, while the function that makes the folder's
// code, and the proxies, are more code; there each folder is made at load (atLoad), in a function
// of its own that keeps its names short.
function lazyFolders(target) {
  const mode = target === "espruino" ? {} : { atLoad: true };
  return [
    lazyFolder("src/machine/modmachine.ts", mode),
    lazyFolder("src/files/files.ts", mode),
    lazyFolder("src/core/compile.ts", { files: ["src/core/lexer.ts"], fresh: target === "espruino", ...mode }),
    lazyFolder("src/builtins/objset.ts", { files: [], ...mode }),
  ];
}

// tools/inline-once.mjs writes a function called from one place (a small one from two, a tiny one
// from any number) into that place: ~110 functions fewer, 58 of them alive after boot (JsVars, and
// QuickJS's bytecode), and a call fewer each time. A callee goes into a branch of its caller (an `if`, a `case`...)
// only if its body is at most this long (the rendered TypeScript's characters, about 80
// minified): Espruino reads the text of a branch it skips, and on Duktape the benchmarks ran
// 15-35% faster with this limit but 5-15% slower than before inlining without it (tests/bench,
// JerryScript bundle: ~30 long callees went into the VM's calls, attribute lookup and dict stores;
// a probe on duk showed a call costing more for each variable its function declares, used or not).
const BRANCH_LIMIT = 200;

// profile: the constants that differ from the target's default profile; file: the bundle's name;
// passes: terser's compression passes (see minify). An Espruino bundle gets its pretokenised form
// beside it (NAME.tok, tools/pretokenise.mjs), which `mpjs deploy` puts on the board.
function engineBundle(target, profile, file, passes) {
  return {
    input: `targets/${target}/main.ts`,
    output: {
      file: `dist/${target}/${file || "mpjs.js"}`,
      format: "iife",
      name: "mpjs",
      exports: "default",
      sourcemap: true,
      plugins: [prototypeAlias(), ...inlineOnce({ branchLimit: BRANCH_LIMIT }), ...minify(target, passes), asciiOnly(), ...(target === "espruino" ? [pretokenised()] : [])],
    },
    // the target's own table unless a profile is given (tests change the table before building)
    plugins: [...lazyFolders(target), ts(), constants(profile ? { ...targets[target], ...profile } : targets[target])],
    treeshake,
  };
}

// The board profile of the engine bundles: the default profile with the REPL, files and machine,
// which do not fit the default profile's budget yet. `mpjs deploy` puts Espruino's on a board (an
// ESP32 has the flash and RAM for it); JerryScript's takes a UART as its console under IoT.js.
// They have no budget of their own until the default profile holds it all.
const BOARD_PROFILE = { MPJS_REPL: true, MPJS_FILES: true, MPJS_MACHINE: true };

// `mpjs build` builds one bundle: MPJS_BUILD_TARGET with the profile MPJS_BUILD_PROFILE into the
// file MPJS_BUILD_OUT
const PROFILES = {
  default: {},
  board: BOARD_PROFILE,
  full: { ...BOARD_PROFILE, MPJS_FULL: true, MPJS_ASYNCIO: true, MPJS_FROZEN: true },
};

function oneBundle() {
  const target = process.env.MPJS_BUILD_TARGET;
  const profile = PROFILES[process.env.MPJS_BUILD_PROFILE || "default"];
  if (!targets[target] || !profile) throw new Error("mpjs build: no target " + target + " or profile " + process.env.MPJS_BUILD_PROFILE);
  const out = process.env.MPJS_BUILD_OUT;
  if (target === "node") {
    return {
      input: "targets/node/main.ts",
      output: { file: out, format: "cjs", exports: "default", banner: "#!/usr/bin/env node", sourcemap: true },
      plugins: [ts(), constants(targets.node), executable(out)],
      treeshake,
    };
  }
  const config = engineBundle(target, profile);
  config.output.file = out;
  return config;
}

export default process.env.MPJS_BUILD_TARGET ? [oneBundle()] : [
  {
    input: "targets/node/main.ts",
    output: {
      file: "dist/node/mpjs.js",
      format: "cjs",
      exports: "default",
      banner: "#!/usr/bin/env node",
      sourcemap: true,
    },
    plugins: [ts(), constants(targets.node), executable("dist/node/mpjs.js")],
    treeshake,
  },
  engineBundle("espruino"),
  engineBundle("espruino", BOARD_PROFILE, "mpjs-board.js"),
  engineBundle("jerryscript"),
  engineBundle("jerryscript", BOARD_PROFILE, "mpjs-board.js"),
  // for the engine test suites: one compression pass keeps the build quick (they have no budget)
  engineBundle("espruino", PROFILES.full, "mpjs-full.js", 1),
  engineBundle("jerryscript", PROFILES.full, "mpjs-full.js", 1),
];
