// Build-time constants, one set per target, as MicroPython's mpconfig.h.
//
// They are declared here and defined nowhere in the source: rollup.config.mjs replaces every
// MPJS_* identifier by its literal value for the bundle being built (targets' table in that file),
// so `if (MPJS_FULL) { ... }` becomes `if (false) { ... }` and the branch is removed from a bundle
// where the feature is off. Under vitest, vitest.config.mjs defines them with the Node values.
// Use them as plain expressions; do not take their address (`typeof`, assignment) or shadow them.
// A new switch is added here AND in the targets' table of rollup.config.mjs (the build fails on an
// MPJS_* name it does not know) AND in the `define` of vitest.config.mjs.

export {};

declare global {
  // Which bundle this is: "node", "espruino" or "jerryscript".
  const MPJS_TARGET: string;

  // The full profile: every module and builtin (on for node). Off in the default profile of the
  // engine targets, which keep the whole language and builtins, sys, gc, time, math, micropython,
  // os/io, machine and the REPL; code for anything else goes under `if (MPJS_FULL)`.
  const MPJS_FULL: boolean;

  // Files: open(), os, io (StringIO, BytesIO) and import of .py files, over the storage the
  // target gives (Host.storage). On for node; off by default on the engine targets for want of
  // room in their size budget (`MPJS_FILES=1 npm run build` switches it on there).
  const MPJS_FILES: boolean;

  // Dispatch opcodes (and other hot multi-way branches) through a table of functions instead of
  // one long `switch`: on for espruino, where a skipped `case` is re-lexed every time (ENGINES.md).
  const MPJS_TABLE_DISPATCH: boolean;

  // Internal consistency checks (heap invariants, stack depth...) that cost time; off in every
  // shipped bundle, on when built with `MPJS_ASSERT=1 npm run build` and under vitest.
  const MPJS_ASSERT: boolean;

  // The REPL on the target's console (MicroPython's friendly and raw REPL, targets/common/repl.ts),
  // help() and tab completion. Off: mpjs.start boots without a REPL.
  const MPJS_REPL: boolean;
  // The machine module (src/machine) over the target's HAL: on for node (the simulated board);
  // off in the engine bundles until it fits their size budget.
  const MPJS_MACHINE: boolean;

  // Frozen modules in the bundle (asyncio's, and those of `mpjs build --freeze DIR`).
  const MPJS_FROZEN: boolean;

  // Python heap size in bytes when the embedder gives none (`-X heapsize`, options.heapSize).
  const MPJS_HEAP_DEFAULT: number;

  // asyncio and select (frozen Python modules, src/frozen/): on for node; off on the engine
  // targets, where they do not fit the size budget yet.
  const MPJS_ASYNCIO: boolean;

  // The build date, "YYYY-MM-DD", shown in the REPL banner as MicroPython shows its own.
  const MPJS_BUILD_DATE: string;
}
