// Builtins that consume an iterator whose every step runs Python (a generator, a class with
// __next__) or that may never end (map, zip, iter(f, sentinel): iter.ts mayNotEnd): sum,
// any, all, min, max, sorted, list, tuple, str.join. Their native loop would hold the JS stack
// until the iterator ends, so no host event (a Ctrl-C on the console, SIGINT, a timer) could
// reach the program meanwhile: `sum(1 for _ in iter(int, 1))` or `any(iter(int, 1))` could never
// be stopped. Called by a call instruction, they hand the loop to the Python below instead
// (handCallTo), which the VM runs in slices like any code. Only in bundles where the VM can
// rerun a call (MPJS_REPL or MPJS_ASYNCIO: those with a console that can interrupt).

import { i32, R, collect } from "../gc/heap";
import { TV } from "../core/types";
import { Q } from "../core/qstrdefs";
import { typeOf } from "../core/obj";
import { newDict, dictGet, dictSet } from "../core/map";
import { qv, isUserInstance } from "../core/runtime";
import { qstrFromJs, qstrStr } from "../core/qstr";
import { compilePy } from "../core/code";
import { calledDirectly, handCallTo, runModuleNested } from "../core/vm";
import { mayNotEnd } from "./iter";

// Each builtin's loop, as _name; compiled as the file "<builtins>", whose frames tracebacks leave
// out (vm.ts addTraceback).
const SOURCE =
  "def _sum(it, start=0):\n for x in it:\n  start = start + x\n return start\n" +
  "def _any(it):\n for x in it:\n  if x:\n   return True\n return False\n" +
  "def _all(it):\n for x in it:\n  if not x:\n   return False\n return True\n" +
  "def _list(it):\n r = []\n for x in it:\n  r.append(x)\n return r\n" +
  "def _tuple(it):\n return tuple(_list(it))\n" +
  "def _sorted(it, **kw):\n r = _list(it)\n r.sort(**kw)\n return r\n" +
  "_M = object()\n" +
  "def _min(it, key=None, default=_M):\n return _best(it, key, default, 0, 'min')\n" +
  "def _max(it, key=None, default=_M):\n return _best(it, key, default, 1, 'max')\n" +
  "def _best(it, key, default, gt, name):\n b = bk = _M\n for x in it:\n  k = x if key is None else key(x)\n" +
  "  if b is _M or (k > bk if gt else k < bk):\n   b = x\n   bk = k\n if b is _M:\n" +
  "  if default is _M:\n   raise ValueError('arg is an empty sequence')\n  return default\n return b\n" +
  "def _join(sep, it):\n return sep.join(_list(it))\n";

// Whether the builtin called with arguments at a, iterating over it, hands its loop to Python
// (it has then arranged for the call to run again; the native returns anything).
export function consumeInPython(a: number, it: number, name: number): boolean {
  if (!(MPJS_REPL || MPJS_ASYNCIO) || !calledDirectly(a)) return false;
  const t = typeOf(it);
  if (t !== TV.generator && !isUserInstance(it) && !(t === TV.iterator && mayNotEnd(it))) return false;
  let g = i32[R.consumers];
  if (g === 0) {
    // collected first, so that these lasting objects go to the bottom of the heap (allocation
    // starts there after a collection), not in the middle, where they would split it
    collect();
    g = newDict();
    i32[R.consumers] = g;
    dictSet(g, qv(Q.__name__), qv(Q.$builtins));
    runModuleNested(compilePy(SOURCE, "<builtins>", 0), g);
  }
  handCallTo(dictGet(g, qv(qstrFromJs("_" + qstrStr(name)))));
  return true;
}
