// sys: the interpreter's own state (argv, path, modules, stdio, version, exit).

import { i32, alloc } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, defType, newTypeIndex, romMap, raiseArgs, raise, typeError, newStr, newTuple, newList, listAppend, mkInt, toJs, isStr } from "../core/obj";
import { qv, strOf, getattr, call1 } from "../core/runtime";
import { defNativeModule, moduleDict, sysModules, newModule } from "./modules";
import { dictSet } from "../core/map";
import { writeOut, writeErr } from "./modbuiltins";
import { formatException } from "./objexc";
import { stdinMethods, BINARY } from "./stdin";
import { pushRoot, popRoots } from "../gc/heap";
import { named, retNone } from "./modutil";
import { bytesAddr, bbLen } from "./objbytes";
import { utf8Decode } from "../core/qstr";

// the platform name (sys.platform), set by the target
export let platformName = "mpjs";
export let argvList: string[] = [];
export function setPlatform(name: string, argv: string[]): void {
  platformName = name;
  argvList = argv;
}

// sys.stdin / stdout / stderr: [type, which(si), buffer]; which is 0, 1, 2, plus BINARY for
// their .buffer, made at its first use, which writes bytes
const T_TEXTIO = newTypeIndex();

function newStream(which: number): number {
  const s = alloc(tv(T_TEXTIO), 12);
  i32[(s >> 2) + 1] = (which << 1) | 1;
  return s;
}

function streamBuffer(s: number, q: number): number {
  const w = s >> 2;
  if (q !== qv(Q.buffer) || i32[w + 1] >> 1 >= BINARY) return 0;
  if (i32[w + 2] === 0) i32[w + 2] = newStream((i32[w + 1] >> 1) | BINARY);
  return i32[w + 2];
}

// The module's functions and its streams' type, made at its first import (defNativeModule).
function sysNatives(): number[] {
  const WRITE = defNative(Q.write, 2, 2, function (a) {
    const s = i32[a + 1];
    const which = i32[(i32[a] >> 2) + 1] >> 1;
    let text: string, n: number;
    if (which & BINARY) {
      // the host's console takes text: bytes that are not UTF-8 come out as U+FFFD
      const p = bytesAddr(s);
      if (p < 0) typeError("object with buffer protocol required");
      n = bbLen;
      text = utf8Decode(p, n);
    } else n = (text = isStr(s) ? toJs(s) : strOf(s)).length;
    if ((which & 3) === 2) writeErr(text);
    else writeOut(text);
    return mkInt(n);
  });
  const FLUSH = defNative(Q.flush, 1, 1, retNone);
  defType(T_TEXTIO, Q.TextIOWrapper, TV.object, {
    locals: romMap(named([WRITE, FLUSH]).concat(MPJS_REPL || MPJS_ASYNCIO ? stdinMethods() : [])),
    attr: streamBuffer,
  });
  return [
    defNative(Q.exit, 0, 1, function (a, n) {
      if (n === 0) raise(tv(T.SystemExit));
      raiseArgs(tv(T.SystemExit), i32[a]);
    }),
    defNative(Q.print_exception, 1, 2, function (a, n) {
      const text = formatException(i32[a]);
      if (n > 1 && i32[a + 1] !== C.None) {
        const w = getattr(i32[a + 1], qv(Q.write));
        pushRoot(w);
        call1(w, newStr(text));
        popRoots(1);
      } else writeOut(text); // sys.stdout by default, as MicroPython's
      return C.None;
    }),
  ];
}

export function initSys(): void {
  defNativeModule(
    Q.sys,
    sysNatives,
    function (m) {
      const g = moduleDict(m);
      dictSet(g, qv(Q.byteorder), qv(Q.little));
      dictSet(g, qv(Q.maxsize), mkInt(2147483647));
      dictSet(g, qv(Q.modules), sysModules());
      dictSet(g, qv(Q.platform), newStr(platformName));
      dictSet(g, qv(Q.version), newStr("3.4.0; mpjs 0.1.0"));
      const vi = newTuple(3);
      i32[(vi >> 2) + 2] = mkInt(3);
      i32[(vi >> 2) + 3] = mkInt(4);
      i32[(vi >> 2) + 4] = mkInt(0);
      dictSet(g, qv(Q.version_info), vi);
      // sys.implementation: name and version as attributes
      const impl = newModule(Q.implementation);
      pushRoot(impl);
      dictSet(g, qv(Q.implementation), impl);
      dictSet(moduleDict(impl), qv(Q.name), qv(Q.micropython));
      const iv = newTuple(3);
      i32[(iv >> 2) + 2] = mkInt(0);
      i32[(iv >> 2) + 3] = mkInt(1);
      i32[(iv >> 2) + 4] = mkInt(0);
      dictSet(moduleDict(impl), qv(Q.version), iv);
      popRoots(1);
      const argv = newList(0);
      pushRoot(argv);
      for (let k = 0; k < argvList.length; k++) listAppend(argv, newStr(argvList[k]));
      dictSet(g, qv(Q.argv), argv);
      popRoots(1);
      const path = newList(0);
      pushRoot(path);
      listAppend(path, qv(Q.empty));
      if (MPJS_FILES) listAppend(path, newStr(".frozen"));
      listAppend(path, newStr("/lib"));
      dictSet(g, qv(Q.path), path);
      popRoots(1);
      dictSet(g, qv(Q.stdout), newStream(1));
      dictSet(g, qv(Q.stderr), newStream(2));
      dictSet(g, qv(Q.stdin), newStream(0));
    },
  );
}

