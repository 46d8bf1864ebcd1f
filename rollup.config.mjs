// Builds the three bundles (npm run build):
//   dist/node/mpjs.js         the CLI and Node embedding API (CommonJS, readable, #!/usr/bin/env node)
//   dist/espruino/mpjs.js     ES5, minified, one global `mpjs`, with dist/espruino/mpjs.js.map
//   dist/jerryscript/mpjs.js  ES5, minified, one global `mpjs`, with dist/jerryscript/mpjs.js.map
//
// Each target has its own values for the build-time constants declared in src/config.ts; the
// `constants` plugin below writes them into the code, so switched-off branches are removed.

import { chmodSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import typescript from "@rollup/plugin-typescript";
import terser from "@rollup/plugin-terser";

const flag = (name) => process.env[name] === "1" || process.env[name] === "true";

function buildDate() {
  // SOURCE_DATE_EPOCH (seconds) makes a build reproducible.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const d = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return d.toISOString().slice(0, 10);
}

const common = {
  MPJS_ASSERT: flag("MPJS_ASSERT"),
  MPJS_BUILD_DATE: buildDate(),
};

export const targets = {
  node: {
    ...common,
    MPJS_TARGET: "node",
    MPJS_FULL: true,
    MPJS_MACHINE: true,
    MPJS_TABLE_DISPATCH: false,
    MPJS_HEAP_DEFAULT: 2 * 1024 * 1024,
  },
  espruino: {
    ...common,
    MPJS_TARGET: "espruino",
    MPJS_FULL: false,
    MPJS_MACHINE: process.env.MPJS_MACHINE === "1",
    MPJS_TABLE_DISPATCH: true,
    MPJS_HEAP_DEFAULT: 32 * 1024,
  },
  jerryscript: {
    ...common,
    MPJS_TARGET: "jerryscript",
    MPJS_FULL: false,
    MPJS_MACHINE: process.env.MPJS_MACHINE === "1",
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

function ts() {
  return typescript({ tsconfig: "./tsconfig.json", noEmitOnError: true });
}

// Property names the bundle must keep: everything the target's shims touch on engine objects
// (Espruino's E.getConsole, IoT.js modules, process...) and the embedding API. Every other
// property is the interpreter's own and is mangled with the variables. Only the target's own
// folder and targets/common count (the Node target's simulated board is not in an engine bundle).
function reservedProperties(target) {
  const names = new Set(["mpjs", "exec", "start", "init", "heapInUse", "version", "interrupt", "heapSize", "gcStress", "repl"]);
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts")) for (const m of readFileSync(p, "utf8").matchAll(/\.([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
    }
  };
  walk("targets/common");
  walk("targets/" + target);
  return [...names];
}

// Minified for engines that interpret source text (Espruino: identifier length is lexing time)
// or compile it into their own small heap (JerryScript).
function minify(target) {
  return terser({
    ecma: 5,
    compress: { ecma: 5, passes: 3 },
    mangle: { properties: { reserved: reservedProperties(target), keep_quoted: "strict" } },
    format: { ecma: 5, comments: false },
  });
}

// Natives, types and iterator kinds are made by calls at the top level of their files; a call
// whose result no code uses (a module switched off by MPJS_FULL) is dropped with its function.
const treeshake = { manualPureFunctions: ["defNative", "defIterKind", "newTypeIndex", "newClassMethodValue", "defExcType"] };

function engineBundle(target) {
  return {
    input: `targets/${target}/main.ts`,
    output: {
      file: `dist/${target}/mpjs.js`,
      format: "iife",
      name: "mpjs",
      exports: "default",
      sourcemap: true,
      plugins: [minify(target)],
    },
    plugins: [ts(), constants(targets[target])],
    treeshake,
  };
}

export default [
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
  engineBundle("jerryscript"),
];
