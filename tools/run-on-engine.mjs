#!/usr/bin/env node
// Runs a Python file through an engine bundle on a JavaScript engine's command-line shell, e.g.
//   node tools/run-on-engine.mjs duk dist/jerryscript/mpjs.js hello.py
//   node tools/run-on-engine.mjs jerry dist/jerryscript/mpjs.js hello.py
// The shell gets two files: the bundle, then a small driver holding the program's source (these
// shells cannot read files themselves) that calls mpjs.exec. Output is the engine's; the exit
// status is 1 when the program ended with an uncaught exception.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [engine, bundle, file, ...rest] = process.argv.slice(2);
if (!engine || !bundle || !file) {
  console.error("usage: node tools/run-on-engine.mjs ENGINE BUNDLE FILE.py [heapsize=N]");
  process.exit(2);
}
const heap = rest.map((a) => /^heapsize=(\d+)$/.exec(a)).find(Boolean);
// ASCII-only string literal, read the same by every ES5 engine.
const literal = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
const marker = "@@mpjs-failed";
const driver =
  `mpjs.init({${heap ? "heapSize: " + heap[1] : ""}});\n` +
  `mpjs.exec(${literal(readFileSync(file, "utf8"))}, function (e) { if (e !== null) print(${literal(marker)}); });\n`;
const dir = mkdtempSync(join(tmpdir(), "mpjs-run-"));
try {
  const d = join(dir, "driver.js");
  writeFileSync(d, driver);
  const r = spawnSync(engine, [bundle, d], { encoding: "utf8", stdio: ["inherit", "pipe", "inherit"] });
  if (r.error) {
    console.error(`${engine}: ${r.error.message}`);
    process.exit(2);
  }
  const failed = r.stdout.indexOf(marker + "\n") >= 0;
  process.stdout.write(r.stdout.split(marker + "\n").join(""));
  process.exit(failed ? 1 : r.status || 0);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
