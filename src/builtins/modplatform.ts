// platform: MicroPython's three functions, describing mpjs and the engine it runs on.

import { Q } from "../core/qstrdefs";
import { defNative, newStr, newTuple } from "../core/obj";
import { qv } from "../core/runtime";
import { i32, pushRoot, popRoots } from "../gc/heap";
import { defModule } from "./modules";
import { platformName } from "./modsys";

const PLATFORM = defNative(Q.platform, 0, 2, function () {
  return newStr("mpjs-0.1.0-" + platformName + "-with-" + MPJS_TARGET);
});
const COMPILER = defNative(Q.python_compiler, 0, 0, function () {
  return newStr("mpjs (" + MPJS_TARGET + ")");
});
const LIBC_VER = defNative(Q.libc_ver, 0, 4, function () {
  const t = newTuple(2);
  pushRoot(t);
  i32[(t >> 2) + 2] = qv(Q.empty);
  i32[(t >> 2) + 3] = qv(Q.empty);
  popRoots(1);
  return t;
});

export function initPlatform(): void {
  const table = function () {
    return [qv(Q.platform), PLATFORM, qv(Q.python_compiler), COMPILER, qv(Q.libc_ver), LIBC_VER];
  };
  defModule(Q.platform, table);
}
