// Modules: builtin modules are tables in the bundle (like MicroPython's ROM modules); importing
// one makes its module object and globals dict once, listed in sys.modules. Modules from files
// (.py on the board's storage) come through the loader a target installs.

import { i32, alloc, pushRoot, popRoots, rsp, setRsp, R } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { raise, isStr, toJs } from "../core/obj";
import { newDict, dictGet, dictSet } from "../core/map";
import { qv, getattrOr } from "../core/runtime";
import { qstrStr, qstrFromJs } from "../core/qstr";
import { setImportModule } from "./init";
import { importFrozen, initFrozen } from "./modfrozen";
import { named } from "./modutil";

interface ModuleDef {
  name: number; // qstr
  // (qstr value, value) pairs, called at each first import; or, in a module of natives
  // (defNativeModule), the natives' maker until its first import, then their table
  table: (() => ArrayLike<number>) | number[];
  init?: (m: number) => void; // fills what the table cannot hold (heap objects)
  natives?: boolean;
}

const MODULES: ModuleDef[] = [];

// Registers a builtin module (its u-prefixed name, utime for time, is found by importByName).
export function defModule(name: number, table: () => ArrayLike<number>, init?: (m: number) => void): void {
  MODULES.push({ name: name, table: table, init: init });
}

// Registers a module whose table's values are natives (constants, no heap objects), made by
// make at the module's first import, not at boot (on Espruino each is a JS function object, RAM
// that MicroPython keeps in ROM), and kept for the interpreters that come after (natives outlive
// an interpreter, init.ts). Then make is dropped: an engine that compiles to bytecode frees its
// code, which is most of the module's. (The table is kept in the ModuleDef, not in a closure
// around make: a closure is a function and its scope more on Espruino.)
export function defNativeModule(name: number, make: () => number[], init?: (m: number) => void): void {
  MODULES.push({ name: name, table: make, init: init, natives: true });
}

// The (qstr value, value) pairs of a builtin module's globals, for its import.
function tableOf(def: ModuleDef): ArrayLike<number> {
  const t = def.table;
  if (typeof t !== "function") return t;
  if (!def.natives) return t();
  return (def.table = named(t() as number[]));
}

export function newModule(name: number): number {
  const g = newDict();
  pushRoot(g);
  dictSet(g, qv(Q.__name__), qv(name));
  const m = alloc(TV.module, 12);
  popRoots(1);
  i32[(m >> 2) + 1] = qv(name);
  i32[(m >> 2) + 2] = g;
  return m;
}

export function moduleDict(m: number): number {
  return i32[(m >> 2) + 2];
}

export function sysModules(): number {
  let d = i32[R.modules];
  if (d === 0) {
    d = newDict();
    i32[R.modules] = d;
  }
  return d;
}

function findBuiltin(name: number): ModuleDef | null {
  for (let k = 0; k < MODULES.length; k++) if (MODULES[k].name === name) return MODULES[k];
  return null;
}

// The builtin modules' names, sorted (help('modules')).
export function moduleNames(): string[] {
  const names = ["__main__"];
  for (let k = 0; k < MODULES.length; k++) names.push(qstrStr(MODULES[k].name));
  return names.sort();
}

// a loader for modules from files, set by the embedding layer: returns a module or 0
export let fileLoader: (name: string) => number = function () {
  return 0;
};
export function setFileLoader(f: (name: string) => number): void {
  fileLoader = f;
}

// Imports a module by its full (dotted) name; returns the module (0 when there is none and
// `optional` is set: errors while importing one that exists still propagate).
export function importByName(q: number, optional?: boolean): number {
  const mods = sysModules();
  const have = dictGet(mods, qv(q));
  if (have !== 0) return have;
  const def = findBuiltin(q);
  if (def !== null) {
    const m = newModule(q);
    pushRoot(m);
    const base = rsp;
    const pairs = tableOf(def);
    // values the table made in the heap stay rooted until they are in the dict
    for (let k = 1; k < pairs.length; k += 2) pushRoot(pairs[k]);
    const g = moduleDict(m);
    for (let k = 0; k < pairs.length; k += 2) dictSet(g, pairs[k], pairs[k + 1]);
    setRsp(base);
    dictSet(sysModules(), qv(q), m);
    if (def.init) def.init(m);
    popRoots(1);
    return m;
  }
  // frozen modules: today only the asyncio profile has any
  if (MPJS_FROZEN) {
    const fz = importFrozen(q);
    if (fz !== 0) return fz;
  }
  const name = qstrStr(q);
  const m = fileLoader(name);
  if (m !== 0) return m;
  // MicroPython's extensible modules also answer to their old u-prefixed names, after the files
  // (utime is time, whose __name__ is 'time'); math, gc and the others without a u-name do not
  if (name.charCodeAt(0) === 117 && EXTENSIBLE.indexOf(" " + name.slice(1) + " ") >= 0) return importByName(qstrFromJs(name.slice(1)), optional);
  if (optional) return 0;
  raise(tv(T.ImportError), "no module named '" + name + "'");
}

const EXTENSIBLE = " array binascii collections errno hashlib heapq io json machine os platform random re select struct sys time ";

function importHook(name: number, fromlist: number, level: number, globals: number): number {
  let full = qstrStr(name >> 2);
  if (level > 0) {
    // relative import: resolve against the importing module's package
    let pkg = "";
    const p = dictGet(globals, qv(Q.__package__));
    if (p !== 0 && isStr(p)) pkg = toJs(p);
    else {
      const n = dictGet(globals, qv(Q.__name__));
      if (n !== 0) {
        const s = toJs(n);
        pkg = dictGet(globals, qv(Q.__path__)) !== 0 ? s : s.substring(0, s.lastIndexOf(".") < 0 ? 0 : s.lastIndexOf("."));
      }
    }
    const parts = pkg === "" ? [] : pkg.split(".");
    for (let k = 1; k < level; k++) parts.pop();
    if (pkg === "" && level > 0) raise(tv(T.ImportError), "can't perform relative import");
    full = parts.join(".") + (full !== "" ? (parts.length ? "." : "") + full : "");
  }
  // import each package on the way: a.b.c imports a, a.b, a.b.c
  const parts = full.split(".");
  let top = 0;
  let mod = 0;
  let path = "";
  for (let k = 0; k < parts.length; k++) {
    path = k === 0 ? parts[0] : path + "." + parts[k];
    const q = qstrFromJs(path);
    const m = importByName(q);
    if (mod !== 0) {
      pushRoot(m);
      dictSet(moduleDict(mod), qv(qstrFromJs(parts[k])), m);
      popRoots(1);
    }
    mod = m;
    if (k === 0) top = m;
    pushRoot(m);
  }
  popRoots(parts.length);
  if (fromlist === C.None || fromlist === 0) return top;
  // from a.b import x: the submodules named in fromlist are imported too
  const n = i32[(fromlist >> 2) + 1] >> 1;
  for (let k = 0; k < n; k++) {
    const item = i32[(fromlist >> 2) + 2 + k];
    if (qstrStr(item >> 2) === "*") continue;
    if (getattrOr(mod, item, 0) === 0 && dictGet(moduleDict(mod), qv(Q.__path__)) !== 0) {
      // not a submodule either: IMPORT_FROM reports the missing name
      const sub = importByName(qstrFromJs(full + "." + qstrStr(item >> 2)), true);
      if (sub !== 0) {
        pushRoot(sub);
        dictSet(moduleDict(mod), item, sub);
        popRoots(1);
      }
    }
  }
  return mod;
}

export function initModules(): void {
  setImportModule(importHook);
  if (MPJS_FROZEN) initFrozen();
}

