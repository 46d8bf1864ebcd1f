// `mpjs build`: one bundle with a chosen target, profile and frozen modules. Built here for
// JerryScript with two frozen modules and a package, then run on Duktape (an ES5 engine like
// JerryScript), where `import` finds them without any file system; and for Espruino, then put on a
// simulated board by `mpjs deploy --bundle`.

import { describe, it, expect } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkBundle } from "../lib/dialect.mjs";
import { board, restart } from "../lib/espruino-board.mjs";
import { pretokenise } from "../../tools/pretokenise.mjs";
import { SourceMap } from "../lib/sourcemap.mjs";

const CLI = "dist/node/mpjs.js";
const duk = spawnSync("duk", ["-e", "print(1)"], { encoding: "utf8" });

describe("mpjs build", () => {
  it("--freeze DIR builds DIR's modules into a bundle that imports them", () => {
    const dir = mkdtempSync(join(tmpdir(), "mpjs-build-"));
    try {
      const src = join(dir, "frozen");
      mkdirSync(join(src, "pkg"), { recursive: true });
      writeFileSync(join(src, "hello.py"), "def greet():\n    return 'hi from ' + __name__\n");
      writeFileSync(join(src, "pkg", "__init__.py"), "X = 42\n");
      writeFileSync(join(src, "pkg", "sub.py"), "from . import X\n\ndef f():\n    return X + 1\n");
      writeFileSync(join(src, "notes.txt"), "not a module\n");
      const out = join(dir, "mpjs.js");
      execFileSync("node", [CLI, "build", "--target", "jerryscript", "--freeze", src, "-o", out], { stdio: "pipe" });
      const code = readFileSync(out, "utf8");
      // an engine bundle like the standard ones: ES5 in the common dialect
      expect(checkBundle(code, SourceMap.load(out + ".map"), out)).toEqual([]);
      // the tree's own generated table has no user modules again
      expect(readFileSync("src/builtins/frozendefs.ts", "utf8")).toMatch(/FROZEN_user: string\[\] = \[\];/);
      if (duk.error || duk.stdout !== "1\n") return;
      const driver = join(dir, "driver.js");
      writeFileSync(
        driver,
        `mpjs.exec(${JSON.stringify("import hello, pkg\nfrom pkg import sub\nprint(hello.greet(), pkg.X, sub.f(), hello.__file__)\nimport nosuch\n")}, function (e) { print("done " + e); });\n`,
      );
      const r = spawnSync("duk", [out, driver], { encoding: "utf8", timeout: 60000 });
      expect(r.stdout).toBe("hi from hello 42 43 hello.py\ndone ImportError: no module named 'nosuch'\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);

  // (in this file, not deploy.test.mjs: a build rewrites the tree's generated tables, so two must
  // not run at once)
  it("mpjs deploy --bundle deploys an Espruino bundle of mpjs build, with its frozen modules", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mpjs-build-"));
    try {
      const src = join(dir, "frozen");
      mkdirSync(src, { recursive: true });
      writeFileSync(join(src, "greet.py"), "def hello():\n    return 'hello from a frozen module'\n");
      const own = join(dir, "own.js");
      execFileSync("node", [CLI, "build", "--target", "espruino", "--profile", "board", "--freeze", src, "-o", own], { stdio: "pipe" });
      expect(readFileSync(join(dir, "own.tok"), "latin1")).toBe(pretokenise(readFileSync(own, "utf8")));
      const out = join(dir, "own-stream.js");
      execFileSync("node", [CLI, "deploy", "--out", out, "--bundle", own]);
      const files = {};
      const b = board(files);
      b.send(readFileSync(out, "latin1"));
      expect(files["mpjs.js"]).toBe(readFileSync(join(dir, "own.tok"), "latin1"));
      const after = await restart(files);
      expect(after.type("import greet; greet.hello()\r")).toBe("import greet; greet.hello()\r\n'hello from a frozen module'\r\n>>> ");
      // a bundle without its pretokenised form beside it
      const r = spawnSync("node", [CLI, "deploy", "--out", out, "--bundle", join(dir, "nosuch.js")], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^mpjs deploy: no .*nosuch\.tok/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);

  it("refuses an unknown target, profile or option", () => {
    for (const args of [["--target", "quickjs"], ["--target", "espruino", "--profile", "tiny"], ["--target", "node", "--nope"]]) {
      const r = spawnSync("node", [CLI, "build", ...args], { encoding: "utf8" });
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^usage: mpjs build/);
    }
  });
});
