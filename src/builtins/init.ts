// Defines every builtin type and wires the builtins into the core's hooks.

import { C, T, TV, tv } from "../core/types";
import { raise, isStr, newStr, defType, TYPES } from "../core/obj";
import { setVmHooks, setInternStrHook } from "../core/vm";
import { internStr, reprOf, strOf, qv } from "../core/runtime";
import { dictSet } from "../core/map";
import { Q } from "../core/qstrdefs";
import { qstrStr } from "../core/qstr";
import { initIter } from "./iter";
import { initInt } from "./objint";
import { initFloat } from "./objfloat";
import { initStr } from "./objstr";
import { initRange } from "./objrange";
import { initList } from "./objlist";
import { initDict } from "./objdict";
import { initExceptions } from "./objexc";
import { initType, buildClass } from "./objtype";
import { initFun } from "./objfun";
import { initBuiltins, lookupBuiltinName, writeOut, formatHook, builtinTable } from "./modbuiltins";
import { initStrMethods } from "./strmethods";
import { initFormat } from "./format";
import { initBytes } from "./objbytes";
import { initSet } from "./objset";
import { initComplex } from "./objcomplex";
import { initNumbers } from "./numbers";
import { initModules, defModule } from "./modules";
import { initSys } from "./modsys";
import { initStdModules } from "./modules-all";
import { initHelp } from "./help";
import { i32, R } from "../gc/heap";
import { setOptLevel } from "../core/code";

export let importModule: (name: number, fromlist: number, level: number, globals: number) => number = function (name: number): number {
  return raise(tv(T.ImportError), "no module named '" + qstrStr(name >> 2) + "'");
};
export function setImportModule(f: (name: number, fromlist: number, level: number, globals: number) => number): void {
  importModule = f;
}

// Other files add their types here before initBuiltins runs (set, bytes, modules...).
const extraInits: (() => void)[] = [];
export function onInit(f: () => void): void {
  extraInits.push(f);
}

// The builtin types and natives live in JS tables that outlive an interpreter: they are defined
// by the first interpreter created, and every later one (a soft reset) shares them. Then the code
// that defined them is dropped: an engine that compiles to bytecode (QuickJS, JerryScript) frees
// it, and Espruino its function. terser puts each init function's code in here (@__INLINE__),
// so that Espruino drops theirs too: in the bundle's scope they would stay. But Espruino keeps a
// function's variables for as long as a function made in it lives (each function holds the
// scopes it was made in), and the slot functions made here live for good: so an init function
// empties a list it made (`list.length = 0`) once it has been read, or its items would stay.
export function initAll(): void {
  if (defineBuiltins) defineBuiltins();
  defineBuiltins = null;
  // a new interpreter (a soft reset) compiles asserts again, as MicroPython's mp_init
  setOptLevel(0);
  setInternStrHook(internStr);
  setVmHooks({
    builtin: lookupBuiltinName,
    imp: function (name, fromlist, level, globals) {
      return importModule(name, fromlist, level, globals);
    },
    format: function (v, spec) {
      return formatHook(v, spec);
    },
    printExpr: function (v) {
      // the REPL keeps the last result in _, as MicroPython does
      if (v === C.None) return;
      if (MPJS_REPL) dictSet(i32[R.mainGlobals], qv(Q._), v);
      writeOut(reprOf(v) + "\n");
    },
    buildClass: buildClass,
    str: function (v, repr) {
      return repr ? newStr(reprOf(v)) : isStr(v) ? v : newStr(strOf(v));
    },
  });
}

// set and frozenset are made at their first use (objset.ts is a lazy folder in the Espruino bundles,
// and most programs make no set): until then each type's TypeInfo has its name and base, a make
// slot that makes the types and goes on to theirs, and a lazy field that makes them (a lookup on
// the type, runtime.ts lookupType; a set display, vm.ts BUILD_SET). The full profile makes them
// at boot: its dict views' set operations are set's code.
function lazySetTypes(): void {
  for (let k = T.set; k <= T.frozenset; k++) {
    const idx = k;
    defType(idx, k === T.set ? Q.set : Q.frozenset, TV.object, {
      lazy: initSet,
      make: function (a, n, kw, nkw, t) {
        initSet();
        return TYPES[idx].make!(a, n, kw, nkw, t);
      },
    });
  }
}

let defineBuiltins: (() => void) | null = function () {
  /*@__INLINE__*/ initType();
  /*@__INLINE__*/ initFun();
  /*@__INLINE__*/ initIter();
  /*@__INLINE__*/ initInt();
  /*@__INLINE__*/ initFloat();
  /*@__INLINE__*/ initStr();
  /*@__INLINE__*/ initRange();
  /*@__INLINE__*/ initList();
  /*@__INLINE__*/ initDict();
  /*@__INLINE__*/ initExceptions();
  /*@__INLINE__*/ initStrMethods();
  /*@__INLINE__*/ initFormat();
  /*@__INLINE__*/ initBytes();
  if (MPJS_FULL) initSet();
  else lazySetTypes();
  /*@__INLINE__*/ initComplex();
  /*@__INLINE__*/ initNumbers();
  /*@__INLINE__*/ initModules();
  // import builtins: the module is the builtins' own table, as MicroPython's
  defModule(Q.builtins, builtinTable);
  /*@__INLINE__*/ initSys();
  /*@__INLINE__*/ initStdModules();
  if (MPJS_REPL) initHelp();
  for (let k = 0; k < extraInits.length; k++) extraInits[k]();
  /*@__INLINE__*/ initBuiltins();
};
