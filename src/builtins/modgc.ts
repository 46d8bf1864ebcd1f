// gc: the collector of the Python heap (gc/heap.ts), with honest numbers.

import { i32, blocksUsed, BLOCK, heapBytes, collect, gcEnable, gcEnabled, setThreshold, getThreshold } from "../gc/heap";
import { C } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, NATIVE_DATA, mkInt, bool } from "../core/obj";
import { defNativeModule } from "./modules";
import { toInt } from "./modutil";

// a collection on demand, even while automatic collection is disabled
export function gcCollect(): void {
  const on = gcEnabled;
  gcEnable(true);
  collect();
  gcEnable(on);
}

// The module's functions, made at its first import (defNativeModule).
function gcNatives(): number[] {
  // enable and disable (NATIVE_DATA 1), one function
  function switchGc(a: number, n: number, kw: number, nkw: number, which: number): number {
    gcEnable(NATIVE_DATA[which] === 0);
    return C.None;
  }
  return [
    defNative(Q.collect, 0, 1, function () {
      gcCollect();
      return C.None;
    }),
    defNative(Q.mem_free, 0, 0, function () {
      return mkInt(heapBytes() - blocksUsed * BLOCK);
    }),
    defNative(Q.mem_alloc, 0, 0, function () {
      return mkInt(blocksUsed * BLOCK);
    }),
    defNative(Q.enable, 0, 0, switchGc),
    defNative(Q.disable, 0, 0, switchGc, 1),
    defNative(Q.isenabled, 0, 0, function () {
      return bool(gcEnabled);
    }),
    // threshold(): the current threshold in bytes (-1: none); threshold(n): collect after n bytes
    defNative(Q.threshold, 0, 1, function (a, n) {
      if (n === 0) return mkInt(getThreshold());
      const t = toInt(i32[a]);
      setThreshold(t < 0 ? -1 : t);
      return C.None;
    }),
  ];
}

export function initGc(): void {
  defNativeModule(Q.gc, gcNatives);
}
