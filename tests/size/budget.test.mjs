// The size budget (size-budget.json): measures every figure of every target (measure.mjs), prints
// them all, and fails when one is over its budget.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { checkBudget, estimateJsVars, measureAll } from "./measure.mjs";

it("every figure is within size-budget.json", async () => {
  const budgets = JSON.parse(readFileSync("size-budget.json", "utf8"));
  const figures = await measureAll();
  const { lines, over } = checkBudget(figures, budgets);
  console.log(`size budget:\n${lines.join("\n")}`);
  expect(over, `over budget:\n${over.join("\n")}`).toEqual([]);
});

it("the JsVars estimate prices a known bundle as documented", () => {
  const dir = mkdtempSync(join(tmpdir(), "mpjs-size-"));
  try {
    const file = join(dir, "b.js");
    // mpjs (global property 1) = object (1) with property f (1); f: function (5) whose closure
    // holds t (1): an array (1) of 3 elements (3) and a 20-char string s (1 + 2); start/heapInUse:
    // 2 properties (2) and 2 functions (10) sharing that closure; a 64-byte heap buffer (apart).
    writeFileSync(
      file,
      "var mpjs = function () { var t = [1, 2, 3]; var s = '01234567890123456789'; var h = null;" +
        " function f() { return t.length + s; }" +
        " return { f: f, start: function (o) { h = new Uint8Array(o.heapSize); }, heapInUse: function () { return h.length + t.length + s.length; } }; }();",
    );
    const est = estimateJsVars(file, { heapSize: 64 });
    expect(est).toMatchObject({ functions: 3, heapAtPrompt: 87, heapJsVars: 4 });
    // t, s and h are closure variables (3): t's array 1 + 3, s 2 chars-vars; h the Uint8Array view (2).
    expect(est.jsvars).toBe(1 + 1 + 3 + 3 * 5 + 3 + (1 + 3) + 2 + 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
