// Defines one vitest suite that runs every corpus program through one runner and compares its
// stdout with the .exp file. Programs listed in tests/corpus/pending.txt run too but are reported
// as skipped (a line may name the suites it applies to, see readPending); the ones that now pass
// are printed at the end of the suite. Programs listed in tests/corpus/profile-full.txt need the
// full profile (modules and CPython extras that MPJS_FULL switches on): the suites of the engine
// bundles, whose default profile leaves them out, leave them out too. Programs listed in
// tests/corpus/files.txt use files (open, os, import from files): they are left out on an engine
// bundle built without MPJS_FILES (rollup.config.mjs). The suites of the full-profile engine
// bundles (dist/*/mpjs-full.js, corpus-*-full.test.mjs) run both on each engine.

import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { CORPUS, compare, expected, isPending, limiter, listPrograms, readPending } from "../lib/corpus.mjs";
import { targets } from "../../rollup.config.mjs";

// The programs that the suites of the default-profile engine bundles leave out: those of
// profile-full.txt and files.txt, sorted.
export function leftOutOfDefaultProfile() {
  const lists = [readPending(join(CORPUS, "profile-full.txt")), readPending(join(CORPUS, "files.txt"))];
  return listPrograms().filter((p) => lists.some((l) => l.has(p)));
}

// name: the suite's title; run(program) -> result (corpus.mjs); options.lineConsole: the
// engine's console ends every line; options.concurrency: programs at a time (spawned runners);
// options.full: the bundle has the full profile (an engine bundle that skips nothing);
// options.programs: the programs to run (default: the whole corpus).
export function corpusSuite(name, run, { lineConsole = false, concurrency = 1, full = false, programs: all = listPrograms() } = {}) {
  const pending = readPending();
  const fullOnly = readPending(join(CORPUS, "profile-full.txt"));
  const smallProfile = !full && /espruino|jerryscript/i.test(name);
  const filesUsers = readPending(join(CORPUS, "files.txt"));
  const noFiles = smallProfile && !targets[/espruino/i.test(name) ? "espruino" : "jerryscript"].MPJS_FILES;
  const programs = all.filter((p) => !(smallProfile && fullOnly.has(p)) && !(noFiles && filesUsers.has(p)));
  const nowPassing = [];
  const limit = limiter(concurrency);
  const test = concurrency > 1 ? it.concurrent : it;

  describe(name, () => {
    it("has programs to run", () => {
      expect(programs.length).toBeGreaterThan(0);
    });
    for (const program of programs) {
      test(program, async (ctx) => {
        const result = await limit(() => run(program));
        const diff = compare(result, expected(program), { lineConsole });
        if (isPending(pending, program, name)) {
          if (diff === null) nowPassing.push(program);
          ctx.skip();
          return;
        }
        if (diff !== null) throw new Error(`${program} on ${name}: ${diff}`);
      });
    }
    afterAll(() => {
      if (nowPassing.length > 0) {
        console.log(`${name}: ${nowPassing.length} pending program(s) now pass (take them out of tests/corpus/pending.txt):\n  ${nowPassing.sort().join("\n  ")}`);
      }
    });
  });
}
