// machine's code is created at the first import of machine, and the file system's at the first
// open() or import of io or os, not at boot (src/machine and src/files are lazy folders in the
// Espruino bundles, tools/lazy-folder.mjs; the JerryScript ones make them at load, last test): in
// the board bundle, which has both, the only functions of those folders alive after boot are their
// proxies (the functions that make the folder's code at their first call).

import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { targets } from "../../rollup.config.mjs";
import { SourceMap } from "../lib/sourcemap.mjs";
import { estimateJsVars } from "./measure.mjs";

it.each(["espruino"])("%s board bundle: no function of src/machine or src/files is alive after boot", (target) => {
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
it.each(["espruino"])("%s bundle: the compiler's functions are alive only while it compiles", (target) => {
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

// Code that runs once is dropped after it has run, so that an engine that compiles to bytecode
// (QuickJS, JerryScript) frees it: the definition of the builtins after boot (init.ts), and the
// builder of the less used builtins after it has made them (modbuiltins.ts; a module's native
// table drops its builder the same way, modules.ts defNativeModule, but a top-level function stays in
// the bundle's scope for Node, which this test looks at, while QuickJS frees it).
it.each(["espruino", "jerryscript"])("%s bundle: code that runs once is not alive after it has run", (target) => {
  const file = `dist/${target}/mpjs.js`;
  const map = SourceMap.load(file + ".map");
  // the lines of the function that `start` (a TypeScript line starting with it) begins, in f
  const linesOf = (f, start) => {
    const text = readFileSync(f, "utf8").split("\n");
    const first = text.findIndex((l) => l.startsWith(start));
    const last = text.findIndex((l, k) => k > first && /^}/.test(l));
    expect(first).toBeGreaterThan(0);
    return [f, first + 1, last + 1];
  };
  const defineBuiltins = linesOf("src/builtins/init.ts", "let defineBuiltins");
  const lazyBuiltins = linesOf("src/builtins/modbuiltins.ts", "let lazyBuiltins");
  const alive = (program) => {
    const est = estimateJsVars(file, { heapSize: targets[target].MPJS_HEAP_DEFAULT, program });
    expect(est.programError).toBe(program === null ? undefined : null);
    return est.fnLocations.map((loc) => map.originalFor(loc.line, loc.column)).filter((o) => o !== null);
  };
  const within = (list, [f, a, b]) => list.filter((o) => o.file === f && o.line >= a && o.line <= b);
  const boot = alive(null);
  expect(within(boot, defineBuiltins)).toEqual([]);
  // before its first use, the builder is there (else this test would prove nothing)
  expect(within(boot, lazyBuiltins).filter((o) => o.line === lazyBuiltins[1]).length).toBe(1);
  const used = alive("assert hex(255) == '0xff'\n");
  // the natives it made are alive, the builder is not
  expect(within(used, lazyBuiltins).filter((o) => o.line === lazyBuiltins[1])).toEqual([]);
  expect(within(used, lazyBuiltins).length).toBeGreaterThan(10);
});

// set and frozenset (src/builtins/objset.ts, a lazy folder) are made at their first use: no
// function of theirs is alive after boot, only the lazy folder's proxy; after a set display they
// are.
it.each(["espruino"])("%s bundle: set's code is made at its first use", (target) => {
  const file = `dist/${target}/mpjs.js`;
  const map = SourceMap.load(file + ".map");
  const filesAlive = (program) => {
    const est = estimateJsVars(file, { heapSize: targets[target].MPJS_HEAP_DEFAULT, program });
    if (program !== null) expect(est.programError).toBe(null);
    return est.fnLocations.map((loc) => map.originalFor(loc.line, loc.column)).map((o) => (o ? o.file : "(none)"));
  };
  const boot = filesAlive(null);
  expect(boot.filter((f) => f.endsWith("src/builtins/objset.ts"))).toEqual([]);
  expect(boot.filter((f) => f.endsWith("objset.ts?lazy-folder")).length).toBeLessThanOrEqual(2);
  const used = filesAlive("s = {1, 2}\nassert s | {3} == {1, 2, 3}\n");
  expect(used.filter((f) => f.endsWith("src/builtins/objset.ts")).length).toBeGreaterThan(20);
});

// JerryScript compiles the whole bundle as it loads, so its bundles make each folder's code at load
// (rollup.config.mjs, lazyFolders), in a function that is dropped once it has run: after boot the
// folders' own functions are alive.
it.each(["mpjs.js", "mpjs-board.js"])("jerryscript %s: the folders are made at load", (name) => {
  const file = `dist/jerryscript/${name}`;
  const map = SourceMap.load(file + ".map");
  const est = estimateJsVars(file, { heapSize: targets.jerryscript.MPJS_HEAP_DEFAULT });
  const files = est.fnLocations.map((loc) => map.originalFor(loc.line, loc.column)).map((o) => (o ? o.file : "(none)"));
  const folders = name === "mpjs.js" ? /src\/(core\/compile|builtins\/objset)\.ts$/ : /src\/(core\/compile|builtins\/objset|machine\/.*|files\/.*)\.ts$/;
  const alive = new Set(files.filter((f) => folders.test(f)).map((f) => f.replace(/^(.*\/)?src\//, "")));
  expect([...alive].sort()).toEqual(name === "mpjs.js" ? ["builtins/objset.ts", "core/compile.ts"] : expect.arrayContaining(["builtins/objset.ts", "core/compile.ts", "files/objfile.ts", "machine/pin.ts"]));
});
