// Corrupted bytecode files (.mpb, made by `mpjs compile`, imported without compiling): seeded
// mutations of the compiled corpus (bytes changed, deleted, duplicated, inserted, the file cut
// short), each imported on the interpreter. Invariants, as in fuzz.test.ts: every import ends
// normally or in a Python exception, never a JS one; heapCheck passes; the interpreter goes on.
// A file whose bytes changed fails the header's checksum: ValueError('incompatible .mpb file').
//
// CI imports MPJS_FUZZ_MPB_COUNT files (default 300) from seed MPJS_FUZZ_SEED; more on demand:
//   MPJS_FUZZ_MPB_COUNT=5000 MPJS_FUZZ_SEED=$RANDOM npx vitest run tests/hostile/mpb.test.ts
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listPrograms, CORPUS } from "../lib/corpus.mjs";
import { compileToMpb } from "../../src/core/code";
import { Storage } from "../../src/embed";
import { prng, pick, interp } from "./harness";

const COUNT = Number(process.env.MPJS_FUZZ_MPB_COUNT || 300);
const SEED = Number(process.env.MPJS_FUZZ_SEED || 20261125);

// One file, /m.mpb, that the test replaces before each import.
function oneFileStorage(): { storage: Storage; put: (text: string) => void } {
  let file = "";
  const none = () => 1; // EPERM: the import reads only
  const storage: Storage = {
    read: (p) => (p === "/m.mpb" ? file : null),
    write: none,
    append: none,
    stat: (p) => (p === "/m.mpb" ? file.length : p === "/" ? -2 : -1),
    list: () => ["m.mpb"],
    mkdir: none,
    rmdir: none,
    remove: none,
    rename: none,
    statvfs: () => [512, 0, 0],
  };
  return { storage, put: (text) => (file = text) };
}

function mutate(r: () => number, s: string): string {
  const rounds = 1 + pick(r, 3);
  for (let k = 0; k < rounds && s.length > 0; k++) {
    const i = pick(r, s.length);
    const n = 1 + pick(r, 8);
    switch (pick(r, 5)) {
      case 0: // a byte changed
        s = s.slice(0, i) + String.fromCharCode(pick(r, 256)) + s.slice(i + 1);
        break;
      case 1: // bytes lost
        s = s.slice(0, i) + s.slice(i + n);
        break;
      case 2: // bytes doubled
        s = s.slice(0, i) + s.slice(i, i + n) + s.slice(i);
        break;
      case 3: // bytes that were never there
        s = s.slice(0, i) + Array.from({ length: n }, () => String.fromCharCode(pick(r, 256))).join("") + s.slice(i);
        break;
      default: // cut short (an upload that stopped)
        s = s.slice(0, i);
    }
  }
  return s;
}

describe("corrupted bytecode files", () => {
  const compiled: string[] = [];
  for (const p of listPrograms() as string[]) {
    if (compiled.length >= 80) break;
    // programs that import others or read files would fail on this storage for other reasons
    const src = readFileSync(join(CORPUS, p), "utf8");
    if (/\bimport\b|open\(/.test(src)) continue;
    try {
      compiled.push(compileToMpb(src, "m.mpb"));
    } catch (e) {
      // a corpus program the compiler refuses (none today) is not a bytecode file
    }
  }

  it("the intact files import", () => {
    const { storage, put } = oneFileStorage();
    const vm = interp(256 * 1024, false, storage);
    for (let k = 0; k < 5; k++) {
      put(compiled[k]);
      expect(vm.run("import sys\nsys.modules.pop('m', None)\nimport m").err).toBe(null);
    }
  });

  it(`${COUNT} corrupted files (seed ${SEED}) are refused with ValueError, and the interpreter goes on`, () => {
    const r = prng(SEED);
    const { storage, put } = oneFileStorage();
    let vm = interp(256 * 1024, false, storage);
    const endings: { [e: string]: number } = {};
    for (let k = 0; k < COUNT; k++) {
      const text = mutate(r, compiled[pick(r, compiled.length)]);
      put(text);
      const run = vm.run("import sys\nsys.modules.pop('m', None)\nimport m", 2000);
      const ending = run.err === null ? "ok" : run.err.replace(/:.*$/s, "");
      endings[ending] = (endings[ending] || 0) + 1;
      // a mutation can leave the file intact (a byte changed to itself): then it imports
      expect(ending, `seed ${SEED} file ${k}: ${run.err}\n${run.stderr}`).toMatch(/^(ok|ValueError)$/);
      if (ending === "ValueError") expect(run.stderr).toContain("incompatible .mpb file");
      expect(vm.run("print(sum([1, 2, 3]))").out).toBe("6\n");
      if (k % 50 === 49) vm = interp(256 * 1024, false, storage);
    }
    console.log(`mpb fuzz: ${COUNT} files, seed ${SEED}; endings ${JSON.stringify(endings)}`);
  });
});
