// errno: MicroPython's error numbers (the Linux values) and errorcode, the names by number.

import { pushRoot, popRoots } from "../gc/heap";
import { Q } from "../core/qstrdefs";
import { mkInt } from "../core/obj";
import { qv } from "../core/runtime";
import { qstrStr } from "../core/qstr";
import { newDict, dictSet } from "../core/map";
import { defModule, moduleDict } from "./modules";

// (name, number) pairs; a typed array is one block of RAM on Espruino, an array a JsVar per item
const CODES = new Uint16Array([
  Q.EPERM, 1, Q.ENOENT, 2, Q.EIO, 5, Q.EBADF, 9, Q.EAGAIN, 11, Q.ENOMEM, 12, Q.EACCES, 13, Q.EEXIST, 17,
  Q.ENODEV, 19, Q.EISDIR, 21, Q.EINVAL, 22, Q.EOPNOTSUPP, 95, Q.EADDRINUSE, 98, Q.ECONNABORTED, 103,
  Q.ECONNRESET, 104, Q.ENOBUFS, 105, Q.ENOTCONN, 107, Q.ETIMEDOUT, 110, Q.ECONNREFUSED, 111,
  Q.EHOSTUNREACH, 113, Q.EALREADY, 114, Q.EINPROGRESS, 115,
]);

// The name of an error number ("ENOENT"), or null: OSError's str shows "[Errno 2] ENOENT".
export function errnoName(n: number): string | null {
  for (let k = 0; k < CODES.length; k += 2) if (CODES[k + 1] === n) return qstrStr(CODES[k]);
  return null;
}

export function initErrno(): void {
  const table = function () {
    const t: number[] = [];
    for (let k = 0; k < CODES.length; k += 2) t.push(qv(CODES[k]), mkInt(CODES[k + 1]));
    return t;
  };
  const init = function (m: number) {
    const d = newDict();
    pushRoot(d);
    for (let k = 0; k < CODES.length; k += 2) dictSet(d, mkInt(CODES[k + 1]), qv(CODES[k]));
    dictSet(moduleDict(m), qv(Q.errorcode), d);
    popRoots(1);
  };
  defModule(Q.errno, table, init);
}
