// Deeply nested source on the engine bundles: the compiler recurses on nesting, and an engine's
// call stack is small (Duktape: 10,000 frames) or its overflow uncatchable (Espruino). So the
// compiler bounds its own depth (MAX_NEST in src/core/compile.ts): nesting within it compiles,
// beyond it is RuntimeError, and no JS exception escapes, on every bundle.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUNDLES } from "../lib/corpus.mjs";

// source -> { out, err, status } of the program on Duktape through run-on-engine.mjs
function onDuk(bundle, source) {
  const dir = mkdtempSync(join(tmpdir(), "mpjs-nest-"));
  try {
    const file = join(dir, "p.py");
    writeFileSync(file, source);
    const r = spawnSync(process.execPath, ["tools/run-on-engine.mjs", "duk", bundle, file], { encoding: "utf8" });
    return { out: r.stdout, err: r.stderr, status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ok = [
  ["300 parentheses", "x = " + "(".repeat(300) + "1" + ")".repeat(300) + "\nprint(x)", "1\n"],
  ["200 nested lists", "x = " + "[".repeat(200) + "]".repeat(200) + "\nprint(len(x))", "1\n"],
  ["300 blocks", "if 1:\n" + Array.from({ length: 299 }, (_, i) => " ".repeat(i + 1) + "if 1:\n").join("") + " ".repeat(300) + "print('deep')\n", "deep\n"],
  ["500 chained conditionals", "x = " + "0 if 0 else ".repeat(500) + "2\nprint(x)", "2\n"],
];

const tooDeep = [
  ["3000 parentheses", "x = " + "(".repeat(3000) + "1" + ")".repeat(3000)],
  ["2000 nots", "x = " + "not ".repeat(2000) + "1"],
  ["2000 minus signs", "x = " + "-".repeat(2000) + "1"],
  ["1000 subscripts", "y = [0]\nx = " + "y[".repeat(1000) + "0" + "]".repeat(1000)],
  ["1000 calls", "x = " + "f(".repeat(1000) + ")".repeat(1000)],
  ["1000 lambdas", "x = " + "lambda: ".repeat(1000) + "1"],
  ["1000 powers", "x = " + "2**".repeat(1000) + "1"],
  ["a 1000-deep target list", "[".repeat(1000) + "a" + "]".repeat(1000) + " = 1"],
];

describe("deep nesting on the engine bundles (Duktape)", () => {
  for (const target of ["espruino", "jerryscript"]) {
    for (const [what, src, out] of ok) {
      it(`${target}: ${what} compile`, () => {
        const r = onDuk(BUNDLES[target], src);
        expect([r.out, r.err, r.status]).toEqual([out, "", 0]);
      });
    }
    it(`${target}: deeper nesting is RuntimeError`, () => {
      for (const [what, src] of tooDeep) {
        const r = onDuk(BUNDLES[target], src + "\n");
        expect(r.err, what).toBe("RuntimeError: maximum recursion depth exceeded\n");
        expect(r.status, what).toBe(1);
      }
    });
  }
});
