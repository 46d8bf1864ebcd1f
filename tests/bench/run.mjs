#!/usr/bin/env node
// The benchmark harness (`npm run bench`, which builds first; issue 8). Not part of `npm test`.
//
//   node tests/bench/run.mjs [--rounds N] [--duk-rounds N] [--only a,b,...] [--no-node] [--no-duk]
//                            [--no-memory] [--no-startup] [--startup-rounds N] [--heap BYTES]
//                            [--timeout SECONDS]
//
// Each benchmark is a pair in this directory: NAME.py and NAME.js doing the same work and printing
// the same one line. Its first `N = ...` line is the scale; the comment `# duk: M` on that line is
// the scale used on Duktape, where everything is one to two orders of magnitude slower (the JS
// version's `var N = ...;` line is rewritten to the same values).
//
// On Node, in this process, interleaved over rounds (the order of the three rotates per round):
//   mpjs      dist/node/mpjs.js, a fresh interpreter (init) per run, timed from exec to done
//   MP-WASM   @micropython/micropython-webassembly-pyscript, a fresh instance per run, timed
//             around runPython
//   JS        the .js version, compiled with new Function per run
// On Duktape (`duk`), one process per run, timed inside duk with Date.now around the work:
//   mpjs      dist/jerryscript/mpjs.js running the .py at the Duktape scale
//   JS        the .js version at the same scale
// Every output is compared: the three Node runs with each other, the two Duktape runs with each
// other and with the JS version run on Node at the Duktape scale. A mismatch is reported loudly and
// the exit status is 1.
//
// Then: Python heap bytes taken by four objects (gc.mem_alloc() deltas after gc.collect()) in mpjs
// and MP-WASM, and start-up time (loading the bundle to a finished exec("pass")) on Node and Duktape.
// Times are medians over the rounds; only ratios mean much on a shared machine.

import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync, execFileSync } from "node:child_process";
import { tmpdir, cpus, loadavg } from "node:os";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const require = createRequire(import.meta.url);
const NODE_BUNDLE = join(root, "dist", "node", "mpjs.js");
const DUK_BUNDLE = join(root, "dist", "jerryscript", "mpjs.js");
const MPW_ENTRY = join(root, "node_modules", "@micropython", "micropython-webassembly-pyscript", "micropython.mjs");
const DUK = process.env.DUK || "duk";

// ---------------------------------------------------------------------------------------------
// options

function parseArgs(argv) {
  const o = {
    rounds: 5,
    dukRounds: 5,
    only: null,
    node: true,
    duk: true,
    memory: true,
    startup: true,
    startupRounds: 7,
    heap: 2 * 1024 * 1024,
    timeout: 300,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error("missing value after " + a);
      return argv[++i];
    };
    if (a === "--rounds") o.rounds = posInt(val(), a);
    else if (a === "--duk-rounds") o.dukRounds = posInt(val(), a);
    else if (a === "--only") o.only = val().split(",").filter(Boolean);
    else if (a === "--no-node") o.node = false;
    else if (a === "--no-duk") o.duk = false;
    else if (a === "--no-memory") o.memory = false;
    else if (a === "--no-startup") o.startup = false;
    else if (a === "--startup-rounds") o.startupRounds = posInt(val(), a);
    else if (a === "--heap") o.heap = parseSize(val());
    else if (a === "--timeout") o.timeout = posInt(val(), a);
    else if (a === "-h" || a === "--help") {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 8).join("\n") + "\n");
      process.exit(0);
    } else throw new Error("unknown option " + a);
  }
  return o;
}

function posInt(s, name) {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new Error(name + " wants a positive integer, not " + s);
  return n;
}

function parseSize(s) {
  const m = /^(\d+)([kKmM]?)$/.exec(s);
  if (!m) throw new Error("bad size " + s);
  return Number(m[1]) * (m[2] === "" ? 1 : /k/i.test(m[2]) ? 1024 : 1024 * 1024);
}

const opts = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------------------------------------
// the programs

const SCALE_PY = /^N = (\d+)\s*#\s*duk:\s*(\d+)\s*$/m;
const SCALE_JS = /^var N = (\d+);.*$/m;

function loadPrograms() {
  const names = readdirSync(here)
    .filter((f) => f.endsWith(".py"))
    .map((f) => f.slice(0, -3))
    .sort();
  const progs = [];
  for (const name of names) {
    if (opts.only && !opts.only.includes(name)) continue;
    const py = readFileSync(join(here, name + ".py"), "utf8");
    const jsPath = join(here, name + ".js");
    if (!existsSync(jsPath)) throw new Error(name + ".py has no " + name + ".js");
    const js = readFileSync(jsPath, "utf8");
    const m = SCALE_PY.exec(py);
    if (!m) throw new Error(name + ".py: no `N = <n>  # duk: <m>` line");
    const mj = SCALE_JS.exec(js);
    if (!mj) throw new Error(name + ".js: no `var N = <n>;` line");
    if (mj[1] !== m[1]) throw new Error(name + ": N is " + m[1] + " in the .py but " + mj[1] + " in the .js");
    const dukN = m[2];
    progs.push({
      name,
      py,
      js,
      dukPy: py.replace(SCALE_PY, "N = " + dukN),
      dukJs: js.replace(SCALE_JS, "var N = " + dukN + ";"),
      n: m[1],
      dukN,
    });
  }
  if (opts.only) for (const n of opts.only) if (!names.includes(n)) throw new Error("no benchmark " + n);
  return progs;
}

// ---------------------------------------------------------------------------------------------
// runners: each returns { ms, out (string: the printed lines), err (string or null) }

let mpjsApi = null;

function mpjsNode() {
  if (!mpjsApi) mpjsApi = require(NODE_BUNDLE);
  return mpjsApi;
}

// Runs source on a fresh mpjs interpreter in this process; the interpreter's stdout/stderr are
// process.stdout/stderr.write, captured here while it runs.
function runMpjs(source, heapSize, timeoutS) {
  const api = mpjsNode();
  api.init({ heapSize });
  return new Promise((resolve) => {
    const out = [];
    const errOut = [];
    const realOut = process.stdout.write;
    const realErr = process.stderr.write;
    process.stdout.write = function (s) {
      out.push(String(s));
      return true;
    };
    process.stderr.write = function (s) {
      errOut.push(String(s));
      return true;
    };
    let timer = null;
    let timedOut = false;
    const t0 = performance.now();
    const finish = (err) => {
      const ms = performance.now() - t0;
      process.stdout.write = realOut;
      process.stderr.write = realErr;
      if (timer) clearTimeout(timer);
      if (timedOut) err = "timed out after " + timeoutS + " s";
      resolve({ ms, out: out.join(""), err: err ? err + (errOut.length ? "\n" + errOut.join("") : "") : null });
    };
    timer = setTimeout(() => {
      timedOut = true;
      api.interrupt();
    }, timeoutS * 1000);
    try {
      api.exec(source, (err) => finish(err), "bench.py");
    } catch (e) {
      finish("thrown: " + (e && e.stack ? e.stack : String(e)));
    }
  });
}

let loadMicroPython = null;

async function mpwInstance(heapSize, out) {
  if (!loadMicroPython) loadMicroPython = (await import(pathToFileURL(MPW_ENTRY).href)).loadMicroPython;
  return loadMicroPython({
    heapsize: heapSize,
    stdout: (line) => out.push(line + "\n"),
    stderr: (line) => out.push("[stderr] " + line + "\n"),
  });
}

async function runMpw(source, heapSize) {
  const out = [];
  const mp = await mpwInstance(heapSize, out);
  let err = null;
  const t0 = performance.now();
  try {
    mp.runPython(source);
  } catch (e) {
    err = String(e && e.message ? e.message : e);
  }
  const ms = performance.now() - t0;
  return { ms, out: out.join(""), err };
}

function runJsNode(source) {
  const out = [];
  const print = function () {
    out.push(Array.prototype.join.call(arguments, " ") + "\n");
  };
  let err = null;
  const t0 = performance.now();
  try {
    new Function("print", source)(print);
  } catch (e) {
    err = String(e && e.stack ? e.stack : e);
  }
  return { ms: performance.now() - t0, out: out.join(""), err };
}

// One duk process: the files in order, then a driver that prints one marked JSON line.
let dukDir = null;

function dukTemp(name, text) {
  if (!dukDir) dukDir = mkdtempSync(join(tmpdir(), "mpjs-bench-"));
  const p = join(dukDir, name);
  writeFileSync(p, text);
  return p;
}

const DUK_CAPTURE = `
var __lines = [];
var __print = print;
var __capture = function () { __lines.push(Array.prototype.join.call(arguments, " ") + "\\n"); };
print = __capture;
alert = function () { __lines.push("[stderr] " + Array.prototype.join.call(arguments, " ") + "\\n"); };
`;

function runDukFiles(files, timeoutS) {
  const r = spawnSync(DUK, files, { encoding: "utf8", timeout: timeoutS * 1000, maxBuffer: 64 << 20 });
  if (r.error) return { ms: NaN, out: "", err: "duk: " + r.error.message };
  const lines = (r.stdout || "").split("\n");
  const marked = lines.filter((l) => l.startsWith("@@BENCH "));
  if (marked.length !== 1) {
    return { ms: NaN, out: r.stdout || "", err: "duk exited with " + r.status + (r.signal ? " (" + r.signal + ")" : "") + ": " + (r.stderr || "").slice(0, 2000) };
  }
  const res = JSON.parse(marked[0].slice(8));
  return { ms: res.ms, out: res.out.join(""), err: res.err };
}

function runMpjsDuk(prog, heapSize, timeoutS) {
  const driver = dukTemp(
    "mpjs-" + prog.name + ".js",
    DUK_CAPTURE +
      `
mpjs.init({ heapSize: ${heapSize} });
var __err = null;
var __t0 = Date.now();
mpjs.exec(${JSON.stringify(prog.dukPy)}, function (e) { __err = e; }, "bench.py");
var __t1 = Date.now();
__print("@@BENCH " + JSON.stringify({ ms: __t1 - __t0, out: __lines, err: __err }));
`,
  );
  return runDukFiles([DUK_BUNDLE, driver], timeoutS);
}

// Plain JS on Duktape finishes the Duktape-scale work in a few ms, below what Date.now resolves: the
// program runs again (output discarded) until DUK_JS_MIN_MS have passed, and the mean is taken.
const DUK_JS_MIN_MS = 250;

function runJsDuk(prog, timeoutS) {
  const driver = dukTemp(
    "js-" + prog.name + ".js",
    DUK_CAPTURE +
      `
var __err = null;
var __prog = function (print) {
${prog.dukJs}
};
var __quiet = function () {};
var __runs = 0;
var __t0 = Date.now();
var __t1 = __t0;
try {
  do {
    __prog(__runs === 0 ? __capture : __quiet);
    __runs++;
    __t1 = Date.now();
  } while (__t1 - __t0 < ${DUK_JS_MIN_MS} && __runs < 100000);
} catch (e) { __err = String(e && e.stack ? e.stack : e); }
__print("@@BENCH " + JSON.stringify({ ms: (__t1 - __t0) / __runs, runs: __runs, out: __lines, err: __err }));
`,
  );
  return runDukFiles([driver], timeoutS);
}

// ---------------------------------------------------------------------------------------------
// bookkeeping

const problems = []; // loud: mismatches and failures

const tty = !!process.stderr.isTTY;

function progress(text) {
  if (tty) process.stderr.write("\r" + text.padEnd(60));
}

function progressDone(text) {
  if (tty) process.stderr.write("\r" + " ".repeat(60) + "\r");
  process.stderr.write(text + "\n");
}

function problem(text) {
  problems.push(text);
  process.stderr.write("\n!!! " + text + "\n");
}

function median(xs) {
  const a = xs.filter((x) => Number.isFinite(x)).sort((p, q) => p - q);
  if (!a.length) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

function geomean(xs) {
  const a = xs.filter((x) => Number.isFinite(x) && x > 0);
  if (!a.length) return NaN;
  return Math.exp(a.reduce((s, x) => s + Math.log(x), 0) / a.length);
}

function fmtMs(x) {
  if (!Number.isFinite(x)) return "FAIL";
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function fmtRatio(x) {
  if (!Number.isFinite(x)) return "–";
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function oneLine(s) {
  const t = s.trim().split("\n");
  return t.length > 3 ? t.slice(0, 3).join(" | ") + " | …" : t.join(" | ");
}

// Records one run of engine `who` on program `prog`, checking its output against `expected`
// (an object holding the first correct output per key).
function record(bucket, who, prog, res, expected, key) {
  (bucket[who] ||= []).push(res.err ? NaN : res.ms);
  if (res.err) {
    if (!bucket.failed) bucket.failed = {};
    if (!bucket.failed[who]) {
      bucket.failed[who] = oneLine(res.err);
      problem(`FAILED: ${prog.name} on ${who}: ${oneLine(res.err)}${res.out ? "\n    output: " + oneLine(res.out) : ""}`);
    }
    return;
  }
  if (expected[key] === undefined) {
    expected[key] = { out: res.out, who };
    return;
  }
  if (res.out !== expected[key].out) {
    const tag = prog.name + "/" + who;
    if (!bucket.mismatch) bucket.mismatch = {};
    if (!bucket.mismatch[who]) {
      bucket.mismatch[who] = true;
      problem(
        `MISMATCH: ${tag} printed ${JSON.stringify(res.out)} but ${expected[key].who} printed ${JSON.stringify(expected[key].out)}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// the timing runs

async function nodeRuns(progs) {
  const results = {};
  for (const p of progs) results[p.name] = { expected: {} };
  const engines = ["mpjs", "MP-WASM", "JS"];
  for (let r = 0; r < opts.rounds; r++) {
    for (const p of progs) {
      const b = results[p.name];
      for (let k = 0; k < engines.length; k++) {
        const who = engines[(k + r) % engines.length];
        progress(`node round ${r + 1}/${opts.rounds}  ${p.name.padEnd(12)} ${who}`);
        let res;
        if (who === "mpjs") res = await runMpjs(p.py, opts.heap, opts.timeout);
        else if (who === "MP-WASM") res = await runMpw(p.py, opts.heap);
        else res = runJsNode(p.js);
        record(b, who, p, res, b.expected, "out");
      }
    }
    progressDone(`node round ${r + 1}/${opts.rounds} done`);
  }
  for (const p of progs) {
    const e = results[p.name].expected.out;
    results[p.name].line = e ? e.out.trim() : "(no run succeeded)";
  }
  return results;
}

function dukRuns(progs) {
  const results = {};
  for (const p of progs) {
    // the reference at the Duktape scale: the JS version on Node
    const ref = runJsNode(p.dukJs);
    results[p.name] = { expected: ref.err ? {} : { out: { out: ref.out, who: "JS on Node at the Duktape scale" } } };
    if (ref.err) problem(`FAILED: ${p.name}.js at the Duktape scale on Node: ${oneLine(ref.err)}`);
    results[p.name].line = ref.out.trim();
  }
  for (let r = 0; r < opts.dukRounds; r++) {
    for (const p of progs) {
      const b = results[p.name];
      const order = r % 2 ? ["JS", "mpjs"] : ["mpjs", "JS"];
      for (const who of order) {
        progress(`duk round ${r + 1}/${opts.dukRounds}  ${p.name.padEnd(12)} ${who}`);
        const res = who === "mpjs" ? runMpjsDuk(p, opts.heap, opts.timeout) : runJsDuk(p, opts.timeout);
        record(b, who, p, res, b.expected, "out");
      }
    }
    progressDone(`duk round ${r + 1}/${opts.dukRounds} done`);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// memory: bytes of Python heap an object takes, as gc.mem_alloc() deltas around its creation
// (after gc.collect()), the least of three tries, each case in a fresh interpreter.

const MEMORY_CASES = [
  ["list of 1,000 ints", "", "list(range(1000))"],
  ["dict of 100 int entries", "", "{i: i for i in range(100)}"],
  ["1 KB str", "", '"x" * 1024'],
  [
    "instance with 5 attributes",
    "class C:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\n        self.c = 3\n        self.d = 4\n        self.e = 5\n",
    "C()",
  ],
];

function memoryProgram(setup, expr) {
  return (
    "import gc\n" +
    setup +
    "x = None\na = 0\nr = 0\nbest = 999999999\ni = 0\n" +
    "for i in range(3):\n" +
    "    x = None\n    gc.collect()\n    a = gc.mem_alloc()\n" +
    "    x = " +
    expr +
    "\n    gc.collect()\n    r = gc.mem_alloc() - a\n" +
    "    if r < best:\n        best = r\n" +
    "print(best)\n"
  );
}

async function memory() {
  const rows = [];
  for (const [label, setup, expr] of MEMORY_CASES) {
    const src = memoryProgram(setup, expr);
    const a = await runMpjs(src, opts.heap, opts.timeout);
    const b = await runMpw(src, opts.heap);
    const num = (res, who) => {
      if (res.err) {
        problem(`FAILED: memory case "${label}" on ${who}: ${oneLine(res.err)}`);
        return NaN;
      }
      return Number(res.out.trim());
    };
    rows.push({ label, expr, mpjs: num(a, "mpjs"), mpw: num(b, "MP-WASM") });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// start-up: from loading the bundle to a finished exec("pass") (the default heap), in fresh
// processes; the engine's own process start is not included.

function startup() {
  const rows = [];
  const nodeTimes = [];
  const mpwTimes = [];
  const dukTimes = [];
  const dukWall = [];
  const nodeScript =
    "const t0 = performance.now();" +
    `const m = require(${JSON.stringify(NODE_BUNDLE)});` +
    'm.exec("pass", function (e) { process.stdout.write("@@T " + (performance.now() - t0) + (e ? " " + e : "") + "\\n"); });';
  const mpwScript =
    "const t0 = performance.now();" +
    `const { loadMicroPython } = await import(${JSON.stringify(pathToFileURL(MPW_ENTRY).href)});` +
    "const mp = await loadMicroPython({ stdout: () => {} });" +
    'mp.runPython("pass");' +
    'process.stdout.write("@@T " + (performance.now() - t0) + "\\n");';
  const t0File = dukTemp("startup-t0.js", "var __T0 = Date.now();\n");
  const t1File = dukTemp(
    "startup-t1.js",
    'mpjs.exec("pass", function (e) { print("@@T " + (Date.now() - __T0) + (e ? " " + e : "")); });\n',
  );
  const grab = (stdout) => {
    const m = /@@T ([\d.]+)(.*)/.exec(stdout || "");
    if (!m) return NaN;
    if (m[2].trim()) problem("start-up exec(\"pass\") failed: " + m[2].trim());
    return Number(m[1]);
  };
  for (let r = 0; r < opts.startupRounds; r++) {
    progress(`start-up round ${r + 1}/${opts.startupRounds}`);
    let res = spawnSync(process.execPath, ["-e", nodeScript], { encoding: "utf8", timeout: 60000 });
    nodeTimes.push(grab(res.stdout));
    res = spawnSync(process.execPath, ["--input-type=module", "-e", mpwScript], { encoding: "utf8", timeout: 60000 });
    mpwTimes.push(grab(res.stdout));
    if (opts.duk) {
      const w0 = performance.now();
      res = spawnSync(DUK, [t0File, DUK_BUNDLE, t1File], { encoding: "utf8", timeout: 60000 });
      dukWall.push(performance.now() - w0);
      dukTimes.push(grab(res.stdout));
    }
  }
  progressDone("start-up done");
  rows.push(["mpjs on Node (dist/node/mpjs.js: require, then exec(\"pass\"))", median(nodeTimes)]);
  rows.push(["MicroPython-WASM on Node (import, loadMicroPython, runPython(\"pass\")), for comparison", median(mpwTimes)]);
  if (opts.duk) {
    rows.push(["mpjs on Duktape (dist/jerryscript/mpjs.js: compile and run the bundle, then exec(\"pass\"), inside duk)", median(dukTimes)]);
    rows.push(["  the same, whole `duk` process wall time seen from Node", median(dukWall)]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// report

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch (e) {
    return "?";
  }
}

function header() {
  const commit = sh("git", ["-C", root, "rev-parse", "--short", "HEAD"]);
  const dirty = sh("git", ["-C", root, "status", "--porcelain", "--", "src", "targets"]) ? " (src/targets modified)" : "";
  const dukVersion = opts.duk ? sh(DUK, ["-e", "print(Duktape.version)"]) : "not run";
  let mpwVersion = "?";
  try {
    mpwVersion = JSON.parse(readFileSync(join(dirname(MPW_ENTRY), "package.json"), "utf8")).version;
  } catch (e) {}
  const lines = [];
  lines.push(`mpjs benchmarks, ${new Date().toISOString()}, commit ${commit}${dirty}`);
  lines.push(
    `Node ${process.version}; MicroPython-WASM ${mpwVersion}; Duktape ${dukVersion}; ${cpus().length} x ${cpus()[0] ? cpus()[0].model : "?"}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  lines.push(
    `rounds: ${opts.rounds} on Node, ${opts.dukRounds} on Duktape; Python heap ${opts.heap} bytes for both interpreters; times are medians in ms; ` +
      `N is the program's scale; JS on Duktape repeats its run until ${DUK_JS_MIN_MS} ms have passed and counts the mean`,
  );
  return lines.join("\n");
}

function table(head, rows, alignRight) {
  const out = [];
  out.push("| " + head.join(" | ") + " |");
  out.push("| " + head.map((h, i) => (alignRight[i] ? "---:" : ":---")).join(" | ") + " |");
  for (const r of rows) out.push("| " + r.join(" | ") + " |");
  return out.join("\n");
}

function nodeTable(progs, res) {
  const rows = [];
  const rWasm = [];
  const rJs = [];
  for (const p of progs) {
    const b = res[p.name];
    const m = median(b.mpjs || []);
    const w = median(b["MP-WASM"] || []);
    const j = median(b.JS || []);
    const a1 = m / w;
    const a2 = m / j;
    // a program whose outputs disagree is left out of the means
    rWasm.push(b.mismatch ? NaN : a1);
    rJs.push(b.mismatch ? NaN : a2);
    const flag = b.mismatch ? " **MISMATCH** (not in the means)" : "";
    rows.push([p.name + flag, p.n, fmtMs(m), fmtMs(w), fmtMs(j), fmtRatio(a1), fmtRatio(a2)]);
  }
  rows.push(["**geometric mean**", "", "", "", "", "**" + fmtRatio(geomean(rWasm)) + "**", "**" + fmtRatio(geomean(rJs)) + "**"]);
  return table(["program", "N", "mpjs ms", "MP-WASM ms", "JS ms", "mpjs / MP-WASM", "mpjs / JS"], rows, [0, 1, 1, 1, 1, 1, 1]);
}

function dukTable(progs, res) {
  const rows = [];
  const rJs = [];
  for (const p of progs) {
    const b = res[p.name];
    const m = median(b.mpjs || []);
    const j = median(b.JS || []);
    const a = m / j;
    rJs.push(b.mismatch ? NaN : a);
    const flag = b.mismatch ? " **MISMATCH** (not in the means)" : "";
    rows.push([p.name + flag, p.dukN, fmtMs(m), fmtMs(j), fmtRatio(a)]);
  }
  rows.push(["**geometric mean**", "", "", "", "**" + fmtRatio(geomean(rJs)) + "**"]);
  return table(["program", "N", "mpjs ms", "JS ms", "mpjs / JS"], rows, [0, 1, 1, 1, 1]);
}

async function main() {
  const started = performance.now();
  const progs = loadPrograms();
  const sections = [header()];
  let nodeRes = null;
  let dukRes = null;
  if (opts.node) nodeRes = await nodeRuns(progs);
  if (opts.duk) dukRes = dukRuns(progs);
  if (nodeRes) {
    sections.push("## Node (in-process)\n\n" + nodeTable(progs, nodeRes));
  }
  if (dukRes) {
    sections.push("## Duktape (mpjs = the JerryScript bundle; one duk process per run)\n\n" + dukTable(progs, dukRes));
  }
  if (nodeRes || dukRes) {
    const lines = progs.map((p) => {
      const a = nodeRes ? nodeRes[p.name].line : null;
      const b = dukRes ? dukRes[p.name].line : null;
      return `- ${p.name}: ${a !== null ? "`" + a + "`" : ""}${a !== null && b !== null ? "; on Duktape " : ""}${b !== null ? "`" + b + "`" : ""}`;
    });
    sections.push("Results printed (the same by every interpreter unless a MISMATCH is reported):\n\n" + lines.join("\n"));
  }
  if (opts.memory) {
    const rows = await memory();
    sections.push(
      "## Memory: Python heap bytes per object (gc.mem_alloc() delta)\n\n" +
        table(
          ["object", "built by", "mpjs", "MP-WASM", "mpjs / MP-WASM"],
          rows.map((r) => [r.label, "`" + r.expr + "`", String(r.mpjs), String(r.mpw), fmtRatio(r.mpjs / r.mpw)]),
          [0, 0, 1, 1, 1],
        ),
    );
  }
  if (opts.startup) {
    const rows = startup();
    sections.push(
      "## Start-up: loading the bundle to a finished exec(\"pass\"), median of " +
        opts.startupRounds +
        " fresh processes\n\n" +
        table(["what", "ms"], rows.map((r) => [r[0], fmtMs(r[1])]), [0, 1]),
    );
  }
  if (problems.length) {
    sections.push("## PROBLEMS (" + problems.length + ")\n\n" + problems.map((p) => "- " + p.replace(/\n/g, "\n  ")).join("\n"));
  }
  sections.push(`(harness wall time ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  process.stdout.write(sections.join("\n\n") + "\n");
  if (dukDir) rmSync(dukDir, { recursive: true, force: true });
  if (problems.length) {
    process.stderr.write(`\n${problems.length} PROBLEM(S): see the end of the report.\n`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  process.stderr.write("bench: " + (e && e.stack ? e.stack : String(e)) + "\n");
  process.exitCode = 2;
});
