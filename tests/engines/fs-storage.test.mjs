// The fs storage driver of the JerryScript (IoT.js) and Node targets (targets/jerryscript/fsstorage.ts)
// over a simulation of a Node-style fs (tests/lib/iotjs-fs-sim.js): a power loss at every step of
// writes, appends, renames and removals, after which each file must hold its old or its new content
// (the check of tests/lib/espruino-storage-sim.js), in the restricted realm and on Duktape.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { createRealm } from "../lib/realm.mjs";

const SIMS = readFileSync("tests/lib/espruino-storage-sim.js", "utf8") + "\n" + readFileSync("tests/lib/iotjs-fs-sim.js", "utf8");

// The driver compiled to ES5 as the bundle would have it, and a factory over a simulated fs with
// the byte conversions of targets/jerryscript/main.ts.
function driverScript() {
  const out = ts.transpileModule(readFileSync("targets/jerryscript/fsstorage.ts", "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS },
  }).outputText;
  return `var fsStorage = (function () { var exports = {}; ${out}\nreturn exports.fsStorage; })();
function fsDriver(fs) {
  return fsStorage(fs, function () { return ""; },
    function (s) { var b = []; for (var k = 0; k < s.length; k++) b.push(s.charCodeAt(k) & 255); return new Buffer(b); },
    function (b) { var s = ""; for (var k = 0; k < b.length; k++) s += String.fromCharCode(b[k]); return s; });
}
`;
}

const CHECK = "JSON.stringify(powerLossCheck(fsDriver, makeFsSim))";

describe("fs storage (IoT.js and Node) over a simulated fs", () => {
  it("survives a power loss at any step (restricted realm)", () => {
    const realm = createRealm({ timers: false, timeoutMs: 120000 });
    try {
      realm.run(SIMS + "\n" + driverScript());
      const r = JSON.parse(realm.run(CHECK));
      expect(r.failures).toEqual([]);
      expect(r.tried).toBeGreaterThan(40);
    } finally {
      realm.kill();
    }
  });

  it("the check catches a driver that appends in place", () => {
    const realm = createRealm({ timers: false, timeoutMs: 120000 });
    try {
      realm.run(SIMS + "\n" + driverScript());
      const r = JSON.parse(
        realm.run(`JSON.stringify(powerLossCheck(function (fs) {
          var d = fsDriver(fs);
          d.append = function (p, data) {
            var fd = fs.openSync(p, "a");
            var b = []; for (var k = 0; k < data.length; k++) b.push(data.charCodeAt(k));
            fs.writeSync(fd, new Buffer(b), 0, b.length);
            fs.closeSync(fd);
            return 0;
          };
          return d;
        }, makeFsSim))`),
      );
      expect(r.failures.length).toBeGreaterThan(0);
    } finally {
      realm.kill();
    }
  });

  it("survives a power loss at any step (Duktape)", () => {
    const dir = mkdtempSync(join(tmpdir(), "mpjs-fs-"));
    try {
      const file = join(dir, "check.js");
      writeFileSync(file, SIMS + "\n" + driverScript() + "\nprint(" + CHECK + ");\n");
      const r = JSON.parse(execFileSync("duk", [file], { encoding: "utf8", timeout: 170000 }));
      expect(r.failures).toEqual([]);
      expect(r.tried).toBeGreaterThan(40);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
