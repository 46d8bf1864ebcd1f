// import of modules and packages from .py files (or .mpb, compiled by `mpjs compile`) on the
// target's storage, found along sys.path (MicroPython's default ['', '.frozen', '/lib']): the
// loader modules.ts calls when no builtin module has the name.

import { i32, u8, pushRoot, popRoots } from "../gc/heap";
import { TV } from "../core/types";
import { Q } from "../core/qstrdefs";
import { newStr, newStrRaw, strDone, toJs, isStr, listLen, listItems, THROWN } from "../core/obj";
import { qv, getattr } from "../core/runtime";
import { qstrFromJs } from "../core/qstr";
import { dictSet, dictDelete } from "../core/map";
import { compilePy, codeFromMpb } from "../core/code";
import { runModule } from "../core/vm";
import { setFileLoader, importByName, newModule, moduleDict, sysModules } from "./modules";
import { hasStorage, storage, absPath, Storage } from "./storage";

let mainModule: string | null = null;

// The module whose first import runs it with __name__ == '__main__' (null: none).
export function setMainModule(name: string | null): void {
  mainModule = name;
}

// Makes module `name` from file (null: a directory without __init__.py), with __path__ when it
// is a package. It is in sys.modules while its code runs (so that circular imports see it), and
// taken out again if that code raises.
function load(name: string, file: string | null, pkg: string | null): number {
  const q = qstrFromJs(name);
  const m = newModule(q);
  pushRoot(m);
  const g = moduleDict(m);
  if (name === mainModule) {
    // run as the program, as micropython -m runs it (listed in sys.modules under its own name)
    dictSet(g, qv(Q.__name__), qv(Q.__main__));
    mainModule = null;
  }
  if (pkg !== null) dictSet(g, qv(Q.__path__), newStr(pkg));
  if (file !== null) dictSet(g, qv(Q.__file__), newStr(file));
  dictSet(sysModules(), qv(q), m);
  if (file !== null) {
    try {
      // the file's bytes, as one char per byte; a .py file's text is their UTF-8
      const data = storage().read(absPath(file)) || "";
      const code = /\.mpb$/.test(file) ? codeFromMpb(data, file) : compilePy(toJs(bytesStr(data)), file, 0);
      pushRoot(code);
      runModule(code, g);
      popRoots(1);
    } catch (e) {
      if (e === THROWN) dictDelete(sysModules(), qv(q));
      throw e;
    }
  }
  popRoots(1);
  return m;
}

// A str of the bytes of p, one char per byte (a file's text, decoded later as UTF-8).
function bytesStr(p: string): number {
  const o = newStrRaw(TV.str, p.length);
  for (let k = 0; k < p.length; k++) u8[o + 16 + k] = p.charCodeAt(k) & 255;
  return strDone(o);
}

// base + ".py", else base + ".mpb" (a compiled module), as MicroPython tries .py then .mpy; null
// when neither is a file.
function source(s: Storage, base: string): string | null {
  if (s.stat(absPath(base + ".py")) >= 0) return base + ".py";
  return s.stat(absPath(base + ".mpb")) >= 0 ? base + ".mpb" : null;
}

function findModule(name: string): number {
  if (!hasStorage()) return 0;
  const s = storage();
  const rel = name.split(".").join("/");
  const path = getattr(importByName(Q.sys), qv(Q.path));
  pushRoot(path);
  const n = listLen(path);
  let found = 0;
  for (let k = 0; k < n && found === 0; k++) {
    const entry = i32[listItems(path) + k];
    if (!isStr(entry)) continue;
    const dir = toJs(entry);
    if (dir === ".frozen") continue;
    const base = (dir === "" ? "" : dir + "/") + rel;
    if (s.stat(absPath(base)) === -2) found = load(name, source(s, base + "/__init__"), base);
    else {
      const file = source(s, base);
      if (file !== null) found = load(name, file, null);
    }
  }
  popRoots(1);
  return found;
}

export function initImportFile(): void {
  setFileLoader(findModule);
}
