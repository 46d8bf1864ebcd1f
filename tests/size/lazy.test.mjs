// machine's code is created at the first import of machine, not at boot (src/machine is a lazy
// folder in the engine bundles, tools/lazy-folder.mjs): in the board bundles, which have machine,
// the only functions of src/machine alive after boot are the lazy folder's proxy (the functions
// that make the folder's code at their first call).

import { expect, it } from "vitest";
import { targets } from "../../rollup.config.mjs";
import { SourceMap } from "../lib/sourcemap.mjs";
import { estimateJsVars } from "./measure.mjs";

it.each(["espruino", "jerryscript"])("%s board bundle: no function of src/machine is alive after boot", (target) => {
  const file = `dist/${target}/mpjs-board.js`;
  const map = SourceMap.load(file + ".map");
  const est = estimateJsVars(file, { heapSize: targets[target].MPJS_HEAP_DEFAULT });
  const files = est.fnLocations.map((loc) => {
    const o = map.originalFor(loc.line, loc.column);
    return o ? o.file : "(none)";
  });
  // the map names the files of the functions it finds (else this test would prove nothing)
  expect(files.filter((f) => f.endsWith("src/core/vm.ts")).length).toBeGreaterThan(10);
  expect(files.filter((f) => f.includes("src/machine/") && !f.endsWith("?lazy-folder"))).toEqual([]);
  expect(files.filter((f) => f.endsWith("?lazy-folder")).length).toBeLessThanOrEqual(3);
});
