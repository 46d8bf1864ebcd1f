// machine's code is created at the first import of machine, and the file system's at the first
// open() or import of io or os, not at boot (src/machine and src/files are lazy folders in the
// engine bundles, tools/lazy-folder.mjs): in the board bundles, which have both, the only functions
// of those folders alive after boot are their proxies (the functions that make the folder's code at
// their first call).

import { expect, it } from "vitest";
import { targets } from "../../rollup.config.mjs";
import { SourceMap } from "../lib/sourcemap.mjs";
import { estimateJsVars } from "./measure.mjs";

it.each(["espruino", "jerryscript"])("%s board bundle: no function of src/machine or src/files is alive after boot", (target) => {
  const file = `dist/${target}/mpjs-board.js`;
  const map = SourceMap.load(file + ".map");
  const est = estimateJsVars(file, { heapSize: targets[target].MPJS_HEAP_DEFAULT });
  const files = est.fnLocations.map((loc) => {
    const o = map.originalFor(loc.line, loc.column);
    return o ? o.file : "(none)";
  });
  // the map names the files of the functions it finds (else this test would prove nothing)
  expect(files.filter((f) => f.endsWith("src/core/vm.ts")).length).toBeGreaterThan(10);
  expect(files.filter((f) => /src\/(machine|files)\//.test(f) && !f.endsWith("?lazy-folder"))).toEqual([]);
  // modmachine's proxy, and files.ts's: one function per export (openFile, fileTypes, osTable)
  expect(files.filter((f) => f.endsWith("modmachine.ts?lazy-folder")).length).toBeLessThanOrEqual(3);
  expect(files.filter((f) => f.endsWith("files.ts?lazy-folder")).length).toBeLessThanOrEqual(4);
});

// The compiler's code (compile.ts and lexer.ts, tools/lazy-folder.mjs's fresh mode) is made for
// each compilation and dropped when it is done: neither after boot nor while a program runs are
// its functions alive, only its proxy.
it.each(["espruino", "jerryscript"])("%s bundle: the compiler's functions are alive only while it compiles", (target) => {
  const file = `dist/${target}/mpjs.js`;
  const map = SourceMap.load(file + ".map");
  const program = "def f(x):\n    return [i * x for i in range(3)]\nclass A:\n    y = f'{1 + 1}'\nassert f(2) == [0, 2, 4] and A.y == '2'\n";
  for (const run of [null, program]) {
    const est = estimateJsVars(file, { heapSize: targets[target].MPJS_HEAP_DEFAULT, program: run });
    if (run !== null) expect(est.programError).toBe(null);
    const files = est.fnLocations.map((loc) => {
      const o = map.originalFor(loc.line, loc.column);
      return o ? o.file : "(none)";
    });
    expect(files.filter((f) => f.endsWith("src/core/vm.ts")).length).toBeGreaterThan(10);
    expect(files.filter((f) => /src\/core\/(compile|lexer)\.ts$/.test(f))).toEqual([]);
    // the proxy: compileModule's, and the function that makes the compiler's code
    expect(files.filter((f) => f.endsWith("compile.ts?lazy-folder")).length).toBe(2);
  }
});
