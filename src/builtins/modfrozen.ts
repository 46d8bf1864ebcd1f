// Frozen modules: Python sources built into the bundle (src/frozen/, made into tables by
// tools/gen-frozen.mjs), compiled at their first import as MicroPython compiles its frozen .py
// files. A package gets __path__ ".frozen/<name>" and every module __file__ "<name>/...py", as
// MicroPython sets them. Which sets a bundle holds is a build-time choice (src/config.ts).

import { pushRoot, popRoots } from "../gc/heap";
import { Q } from "../core/qstrdefs";
import { newStr } from "../core/obj";
import { dictSet, dictDelete } from "../core/map";
import { qv } from "../core/runtime";
import { qstrStr } from "../core/qstr";
import { compilePy } from "../core/code";
import { runModule, AGAIN } from "../core/vm";
import { newModule, moduleDict, sysModules } from "./modules";
import { FROZEN_asyncio, FROZEN_select, FROZEN_cmath, FROZEN_neopixel, FROZEN_user } from "./frozendefs";

// (module name, file, source) triples of every set this bundle holds
let table: string[] = [];

export function initFrozen(): void {
  // asyncio's, cmath (the full profile's), neopixel (with machine, as MicroPython's boards have it
  // frozen) and the modules `mpjs build --freeze DIR` built in
  table = (MPJS_ASYNCIO ? FROZEN_asyncio.concat(FROZEN_select) : []).concat(MPJS_FULL ? FROZEN_cmath : [], MPJS_MACHINE ? FROZEN_neopixel : [], FROZEN_user);
}

// The frozen modules as help('modules') lists them, as MicroPython does: their files without .py.
export function frozenNames(): string[] {
  const out: string[] = [];
  for (let k = 1; k < table.length; k += 3) out.push(table[k].slice(0, -3));
  return out;
}

// Imports frozen module q (a qstr) if the bundle has it: returns the module, or 0.
export function importFrozen(q: number): number {
  const name = qstrStr(q);
  let k = 0;
  while (k < table.length && table[k] !== name) k += 3;
  if (k >= table.length) return 0;
  const file = table[k + 1];
  const m = newModule(q);
  pushRoot(m);
  const g = moduleDict(m);
  dictSet(g, qv(Q.__file__), newStr(file));
  if (file.slice(-12) === "/__init__.py") dictSet(g, qv(Q.__path__), newStr(".frozen/" + file.slice(0, -12)));
  // listed before it runs, so that its submodules can import it; removed again if it fails
  dictSet(sysModules(), qv(q), m);
  try {
    const code = compilePy(table[k + 2], file, 0);
    pushRoot(code);
    runModule(code, g);
    popRoots(1);
  } catch (e) {
    if (e !== AGAIN) dictDelete(sysModules(), qv(q));
    throw e;
  }
  popRoots(1);
  return m;
}
