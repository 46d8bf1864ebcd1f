// The Espruino storage driver (targets/espruino/storage.ts) over a simulation of Espruino's
// require("Storage") (tests/lib/espruino-storage-sim.js): what it stores where, a full flash, and
// a power loss at every step of writes, appends, renames and removals (each file must then hold
// its old or its new content), in the restricted realm and on Duktape.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { createRealm } from "../lib/realm.mjs";

const SIM = readFileSync("tests/lib/espruino-storage-sim.js", "utf8");

// The driver compiled to ES5 as the bundle would have it, defining flashStorage.
function driverScript() {
  const out = ts.transpileModule(readFileSync("targets/espruino/storage.ts", "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS },
  }).outputText;
  return `var flashStorage = (function () { var exports = {}; ${out}\nreturn exports.flashStorage; })();\n`;
}

function inRealm(code) {
  const realm = createRealm({ timers: false, timeoutMs: 120000 });
  try {
    realm.run(SIM + "\n" + driverScript());
    return realm.run(code);
  } finally {
    realm.kill();
  }
}

describe("Espruino storage over a simulated require('Storage')", () => {
  it("keeps names within 28 characters, and paths of any length", () => {
    const r = JSON.parse(
      inRealm(`(function () {
        var sim = makeStorageSim(32768);
        var s = flashStorage(sim);
        var long = "/lib/a package with a long name/and a module with a long name too.py";
        var errs = [s.mkdir("/lib"), s.mkdir("/lib/a package with a long name"), s.write(long, "X = 1\\n"), s.write("/main.py", "import x")];
        var again = flashStorage(sim);
        return JSON.stringify({ errs: errs, names: sim.names(), read: again.read(long), stat: again.stat(long), dir: again.stat("/lib"),
          list: again.list("/lib/a package with a long name"), root: again.list("/").sort(), missing: again.stat("/nope"), none: again.read("/nope") });
      })()`),
    );
    expect(r.errs).toEqual([0, 0, 0, 0]);
    for (const n of r.names) expect(n.length).toBeLessThanOrEqual(28);
    expect(r.read).toBe("X = 1\n");
    expect(r.stat).toBe(6);
    expect(r.dir).toBe(-2);
    expect(r.list).toEqual(["and a module with a long name too.py"]);
    expect(r.root).toEqual(["lib", "main.py"]);
    expect(r.missing).toBe(-1);
    expect(r.none).toBe(null);
  });

  it("answers ENOSPC when the flash is full, and keeps the old content", () => {
    const r = JSON.parse(
      inRealm(`(function () {
        var sim = makeStorageSim(2048);
        var s = flashStorage(sim);
        var big = ""; for (var i = 0; i < 3000; i++) big += "x";
        var e1 = s.write("/a.txt", "small");
        var e2 = s.write("/a.txt", big);
        var e3 = s.append("/a.txt", big);
        var e4 = s.write("/b.txt", big);
        return JSON.stringify({ e: [e1, e2, e3, e4], a: flashStorage(sim).read("/a.txt"), b: flashStorage(sim).stat("/b.txt"), vfs: s.statvfs() });
      })()`),
    );
    expect(r.e).toEqual([0, 28, 28, 28]);
    expect(r.a).toBe("small");
    expect(r.b).toBe(-1);
    expect(r.vfs[0]).toBe(4096);
  });

  it("erases what a power loss left unnamed when it starts again", () => {
    const r = JSON.parse(
      inRealm(`(function () {
        var sim = makeStorageSim(32768);
        var s = flashStorage(sim);
        s.write("/keep.txt", "keep");
        sim.write("mpjs.f9.0", "\\x00\\x00orphan!");
        var s2 = flashStorage(sim);
        s2.stat("/keep.txt");
        return JSON.stringify({ names: sim.names(), keep: s2.read("/keep.txt") });
      })()`),
    );
    expect(r.names).not.toContain("mpjs.f9.0");
    expect(r.keep).toBe("keep");
  });

  it("survives a power loss at any step (restricted realm)", () => {
    const r = JSON.parse(inRealm("JSON.stringify(powerLossCheck(flashStorage))"));
    expect(r.failures).toEqual([]);
    expect(r.tried).toBeGreaterThan(60);
  });

  it("the check catches a driver that writes in place", () => {
    // each path straight to a Storage name: a rewrite erases the old file before the new one exists
    const r = JSON.parse(
      inRealm(`JSON.stringify(powerLossCheck(function (S) {
        var n = function (p) { return p.substring(1).replace(/\\//g, "_").substring(0, 28); };
        return { read: function (p) { var v = S.read(n(p)); return v === undefined ? null : v; },
          write: function (p, d) { S.write(n(p), d); return 0; }, append: function (p, d) { S.write(n(p), (S.read(n(p)) || "") + d); return 0; },
          stat: function (p) { var v = S.read(n(p)); return v === undefined ? (p === "/" ? -2 : -1) : v.length; },
          list: function () { return S.list(); }, mkdir: function () { return 0; }, rmdir: function () { return 0; },
          remove: function (p) { S.erase(n(p)); return 0; }, rename: function (a, b) { S.write(n(b), S.read(n(a))); S.erase(n(a)); return 0; },
          statvfs: function () { return [1, 1, 1]; } };
      }))`),
    );
    expect(r.failures.length).toBeGreaterThan(0);
  });

  it("survives a power loss at any step (Duktape)", () => {
    const dir = mkdtempSync(join(tmpdir(), "mpjs-flash-"));
    try {
      const file = join(dir, "check.js");
      writeFileSync(file, SIM + "\n" + driverScript() + "\nprint(JSON.stringify(powerLossCheck(flashStorage)));\n");
      const r = JSON.parse(execFileSync("duk", [file], { encoding: "utf8", timeout: 170000 }));
      expect(r.failures).toEqual([]);
      expect(r.tried).toBeGreaterThan(60);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
