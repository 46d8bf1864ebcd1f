// help() as MicroPython's builtinhelp.c prints it, and the attribute listing that both help(obj)
// and the REPL's tab completion walk.

import { i32 } from "../gc/heap";
import { C, TV, CLS, INST } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, typeOf, typeName, TYPES } from "../core/obj";
import { dictEntry, entryPos } from "../core/map";
import { strOf, qv } from "../core/runtime";
import { addBuiltin, writeOut } from "./modbuiltins";
import { moduleNames } from "./modules";
import { frozenNames } from "./modfrozen";

// Calls f(name, value) for each entry of a dict.
export function eachEntry(d: number, f: (k: number, v: number) => void): void {
  for (let e = dictEntry(d, 0); e >= 0; e = dictEntry(d, entryPos(d, e))) f(i32[e], i32[e + 1]);
}

// The names a type defines itself (a builtin type's table, a class's dict).
function eachOwn(t: number, f: (k: number, v: number) => void): void {
  if (t & 4) {
    if (TYPES[t >> 3].lazy) TYPES[t >> 3].lazy!();
    const m = TYPES[t >> 3].locals;
    if (m) for (let k = 0; k < m.length; k += 2) f(m[k], m[k + 1]);
  } else eachEntry(i32[(t >> 2) + CLS.dict], f);
}

// help(obj)'s map: a module's globals, a type's own names, else its type's own names. With
// deep (completion): also the names inherited along the mro and an instance's own dict.
export function eachAttr(o: number, deep: boolean, f: (k: number, v: number) => void): void {
  let t = typeOf(o);
  if (t === TV.module) return eachEntry(i32[(o >> 2) + 2], f);
  if (t === TV.type) t = o;
  else if (deep && !(t & 4) && i32[(o >> 2) + INST.dict] !== 0) eachEntry(i32[(o >> 2) + INST.dict], f);
  if (!deep) return eachOwn(t, f);
  // a user class's mro holds user classes and builtin types; a builtin type's chain ends at object
  const mro = t & 4 ? 0 : i32[(t >> 2) + CLS.mro] >> 2;
  for (let k = 0; mro === 0 ? k < 1 : k < i32[mro + 1] >> 1; k++) {
    let c = mro === 0 ? t : i32[mro + 2 + k];
    eachOwn(c, f);
    while (c & 4 && c !== TV.object) {
      c = TYPES[c >> 3].base || TV.object;
      eachOwn(c, f);
    }
  }
}

const HELP = defNative(Q.help, 0, 1, function (a, n) {
  if (n === 0) {
    // what CTRL-A .. CTRL-E do in the REPL (all but CTRL-C on a blank line); the text is built when
    // help() is called rather than kept in RAM
    const does = ["enter raw REPL mode", "enter normal REPL mode", "interrupt a running program", "do a soft reset of the board", "enter paste mode"];
    let s = "Welcome to MicroPython-compatible mpjs!\n\nFor online docs please visit http://docs.micropython.org/\n\nControl commands:\n";
    for (let k = 0; k < does.length; k++) {
      s += "  CTRL-" + "ABCDE".charAt(k) + "        -- " + (k === 2 ? "" : "on a blank line, ") + does[k] + "\n";
    }
    writeOut(s + "\nFor further help on a specific object, type help(obj)\nFor a list of available modules, type help('modules')\n");
  } else if (i32[a] === qv(Q.modules)) {
    // column-first, 4 columns of 18
    const names = MPJS_FROZEN ? moduleNames().concat(frozenNames()).sort() : moduleNames();
    const rows = Math.ceil(names.length / 4);
    let s = "";
    for (let r = 0; r < rows; r++) {
      for (let j = r; j < names.length; j += rows) {
        s += names[j];
        let gap = 18 - names[j].length;
        while (gap < 1) gap += 18;
        if (j + rows < names.length) s += "                  ".substring(0, gap);
      }
      s += "\n";
    }
    writeOut(s + "Plus any modules on the filesystem\n");
  } else {
    const o = i32[a];
    writeOut("object " + strOf(o) + " is of type " + typeName(typeOf(o)) + "\n");
    eachAttr(o, false, function (k, v) {
      writeOut("  " + strOf(k) + " -- " + strOf(v) + "\n");
    });
  }
  return C.None;
});

export function initHelp(): void {
  addBuiltin(Q.help, HELP);
}
