// The conformance corpus (tests/corpus/**/*.py with .exp beside) and the ways to run one of its
// programs on a built bundle: the Node CLI, Duktape (`duk`), the restricted Node realm.
// Each runner answers {stdout, stderr, error, timedOut}: error is the text given to done() (or
// what went wrong around it), null when the program ended normally.

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import vm from "node:vm";
import { createRealm, RealmTimeout } from "./realm.mjs";

export const ROOT = process.cwd();
export const CORPUS = join(ROOT, "tests/corpus");
export const BUNDLES = {
  node: join(ROOT, "dist/node/mpjs.js"),
  espruino: join(ROOT, "dist/espruino/mpjs.js"),
  jerryscript: join(ROOT, "dist/jerryscript/mpjs.js"),
  // the full profile (rollup.config.mjs PROFILES.full) on each engine target
  espruinoFull: join(ROOT, "dist/espruino/mpjs-full.js"),
  jerryscriptFull: join(ROOT, "dist/jerryscript/mpjs-full.js"),
};

// The Python heap for corpus runs on the engine bundles (their default, 32 KiB, is a board's; the
// corpus tests the language, not the capacity), and for runs under GC stress, where every
// allocation sweeps the whole heap.
export const HEAP = { engines: 256 * 1024, gcStress: 128 * 1024 };

// Relative paths ("basics/print_hello.py") of every program, sorted.
export function listPrograms(dir = CORPUS) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".py")) out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

// The programs listed in pending.txt: a relative path per line ("#" starts a comment), pending on
// every suite; or a path followed by words, pending only on the suites whose name contains one
// of them ("modules/errno_codes.py espruino jerryscript"). Returns {path: [words]}.
export function readPending(file = join(CORPUS, "pending.txt")) {
  const map = new Map();
  if (!existsSync(file)) return map;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const words = raw.replace(/#.*/, "").trim().split(/\s+/).filter(Boolean);
    if (words.length) map.set(words[0], words.slice(1));
  }
  return map;
}

export function isPending(pending, program, suite) {
  const words = pending.get(program);
  if (!words) return false;
  return words.length === 0 || words.some((w) => suite.toLowerCase().indexOf(w.toLowerCase()) >= 0);
}

export function expected(program) {
  const exp = join(CORPUS, program.replace(/\.py$/, ".exp"));
  return existsSync(exp) ? readFileSync(exp, "utf8") : null;
}

export function source(program) {
  return readFileSync(join(CORPUS, program), "utf8");
}

// At most n of the given async jobs at a time.
export function limiter(n) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= n || queue.length === 0) return;
    active++;
    const { job, resolve, reject } = queue.shift();
    job().then(resolve, reject).finally(() => {
      active--;
      next();
    });
  };
  return (job) =>
    new Promise((resolve, reject) => {
      queue.push({ job, resolve, reject });
      next();
    });
}

// Decodes CESU-8, the UTF-8 variant Duktape writes (a character outside the BMP as two 3-byte
// surrogates), into a JS string; plain UTF-8 decodes the same way.
export function decodeCesu8(buf) {
  let out = "";
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let cp;
    let n;
    if (b < 0x80) [cp, n] = [b, 1];
    else if (b >= 0xc0 && b < 0xe0 && i + 1 < buf.length) [cp, n] = [((b & 0x1f) << 6) | (buf[i + 1] & 0x3f), 2];
    else if (b >= 0xe0 && b < 0xf0 && i + 2 < buf.length) [cp, n] = [((b & 0x0f) << 12) | ((buf[i + 1] & 0x3f) << 6) | (buf[i + 2] & 0x3f), 3];
    else if (b >= 0xf0 && i + 3 < buf.length) [cp, n] = [((b & 0x07) << 18) | ((buf[i + 1] & 0x3f) << 12) | ((buf[i + 2] & 0x3f) << 6) | (buf[i + 3] & 0x3f), 4];
    else [cp, n] = [0xfffd, 1];
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}

function spawn(cmd, args, timeoutMs, cwd = ROOT, decode = (b) => b.toString("utf8")) {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, killSignal: "SIGKILL", encoding: "buffer" }, (e, out, err) => {
      const stdout = decode(out);
      const stderr = decode(err);
      const timedOut = !!(e && e.killed);
      const status = e ? (typeof e.code === "number" ? e.code : null) : 0;
      resolve({ stdout, stderr, status, timedOut, spawnError: e && typeof e.code === "string" ? e.message : null });
    });
  });
}

// The Node CLI, as a user runs it: node dist/node/mpjs.js [-X ...] --root DIR FILE.py, the
// board's files in a fresh temporary folder of the program's own.
export async function runNodeCli(program, { gcStress = false, heapSize = null, timeoutMs = 30000 } = {}) {
  const args = [BUNDLES.node];
  if (heapSize) args.push("-X", `heapsize=${heapSize}`);
  if (gcStress) args.push("-X", "gcstress");
  const root = mkdtempSync(join(tmpdir(), "mpjs-root-"));
  args.push("--root", root, join(CORPUS, program));
  let r;
  try {
    r = await spawn(process.execPath, args, timeoutMs);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  let error = null;
  if (r.timedOut) error = `timed out after ${timeoutMs} ms`;
  else if (r.spawnError) error = r.spawnError;
  else if (r.status !== 0) error = `exit status ${r.status}`;
  return { stdout: r.stdout, stderr: r.stderr, error, timedOut: r.timedOut };
}

// A JS string literal that every ES5 engine reads the same (ASCII only).
export function jsString(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

const DONE = "@@mpjs-done ";

// What the engine bundles find for their files, as on a board: require("Storage") (Espruino, a
// fresh simulated flash) and require("fs") (IoT.js, in memory), defined before the bundle loads.
let prelude = null;
export function storagePrelude() {
  if (prelude === null) {
    prelude =
      readFileSync(join(ROOT, "tests/lib/espruino-storage-sim.js"), "utf8") +
      "\n" +
      readFileSync(join(ROOT, "tests/lib/iotjs-fs-sim.js"), "utf8") +
      "\nvar require = (function () {\n" +
      "  var flash = makeStorageSim(1024 * 1024), fs = makeFsSim();\n" +
      "  return function (name) { if (name === 'Storage') return flash; if (name === 'fs') return fs; throw new Error('Module ' + name + ' not found'); };\n" +
      "})();\n";
  }
  return prelude;
}

// Duktape: `duk BUNDLE DRIVER`, the driver holding the program's source; duk has print (stdout),
// alert (stderr) and no timers, so exec runs to completion before it returns.
export async function runDuk(bundle, program, { gcStress = false, heapSize = null, timeoutMs = 60000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "mpjs-duk-"));
  try {
    const driver = join(dir, "driver.js");
    const pre = join(dir, "prelude.js");
    writeFileSync(pre, storagePrelude());
    const opts = `{gcStress: ${gcStress}${heapSize ? `, heapSize: ${heapSize}` : ""}}`;
    writeFileSync(
      driver,
      `mpjs.init(${opts});\n` +
        `var called = false;\n` +
        `mpjs.exec(${jsString(source(program))}, function (e) { called = true; alert(${jsString(DONE)} + (e === null ? "null" : JSON.stringify(String(e)))); });\n` +
        `if (!called) alert(${jsString(DONE)} + JSON.stringify("exec returned before calling done (no timers on duk)"));\n`,
    );
    const r = await spawn("duk", [pre, bundle, driver], timeoutMs, ROOT, decodeCesu8);
    let error = null;
    let stderr = r.stderr;
    const at = stderr.lastIndexOf(DONE);
    if (r.timedOut) error = `timed out after ${timeoutMs} ms`;
    else if (r.spawnError) error = r.spawnError;
    else if (at < 0) error = `duk ended without done (exit status ${r.status})`;
    else {
      error = JSON.parse(stderr.slice(at + DONE.length).split("\n")[0]);
      stderr = stderr.slice(0, at);
      if (error === null && r.status !== 0) error = `duk exit status ${r.status}`;
    }
    return { stdout: r.stdout, stderr, error, timedOut: r.timedOut };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const scripts = new Map();
function bundleScript(bundle) {
  if (!scripts.has(bundle)) scripts.set(bundle, new vm.Script(readFileSync(bundle, "utf8"), { filename: bundle }));
  return scripts.get(bundle);
}

// The restricted realm (realm.mjs): a fresh one per program, the bundle loaded into it, then
// mpjs.init and mpjs.exec; with timers the program may run in slices on the event loop.
export async function runRealm(bundle, program, { gcStress = false, heapSize = null, timers = true, timeoutMs = 30000 } = {}) {
  const realm = createRealm({ timers, timeoutMs });
  let error = null;
  let timedOut = false;
  try {
    realm.run(storagePrelude(), "prelude.js");
    realm.runScript(bundleScript(bundle));
    const mpjs = realm.context.mpjs;
    if (!mpjs || typeof mpjs.exec !== "function") throw new Error("the bundle defined no global mpjs");
    const opts = realm.run(`({gcStress: ${gcStress}${heapSize ? `, heapSize: ${heapSize}` : ""}})`);
    realm.call(mpjs.init, opts);
    let result;
    const finished = new Promise((resolve) => {
      result = resolve;
    });
    let called = 0;
    realm.call(mpjs.exec, source(program), (e) => {
      called++;
      result(e === null ? null : String(e));
    });
    const outcome = await Promise.race([finished, realm.idle().then(() => (called ? finished : "idle"))]);
    if (realm.errors.length) throw realm.errors[0];
    if (outcome === "idle") error = "exec never called done";
    else error = outcome;
    await realm.idle();
    if (realm.errors.length) throw realm.errors[0];
    if (called > 1) error = `done called ${called} times`;
  } catch (e) {
    if (e instanceof RealmTimeout) {
      timedOut = true;
      error = `timed out after ${timeoutMs} ms`;
    } else {
      error = `JS exception escaped: ${e && e.stack ? e.stack.split("\n").slice(0, 4).join("\n") : e}`;
    }
  } finally {
    realm.kill();
  }
  return { stdout: realm.stdout(), stderr: realm.stderr(), error, timedOut };
}

// Compares a run with the .exp text; lineConsole: the engine's console ends every line, so a
// last line without "\n" gains one there. Returns null when they match, else what differs.
export function compare(result, exp, { lineConsole = false } = {}) {
  if (exp === null) return "no .exp file beside the program";
  if (result.error !== null) {
    const tail = result.stderr.trim().split("\n").slice(-8).join("\n");
    return `${result.error}${tail ? "\n" + tail : ""}`;
  }
  let want = exp;
  if (lineConsole && want.length > 0 && !want.endsWith("\n") && result.stdout === want + "\n") want += "\n";
  if (result.stdout === want) return null;
  const a = result.stdout.split("\n");
  const b = want.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `stdout differs from .exp at line ${i + 1}:\n  got:  ${JSON.stringify(a[i])}\n  want: ${JSON.stringify(b[i])}` + (result.stderr ? `\nstderr: ${result.stderr.trim().split("\n").slice(-5).join("\n")}` : "");
}
