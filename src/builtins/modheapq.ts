// heapq: the binary min-heap on a list, step for step as CPython's heapq.py (same layouts), plus
// nlargest and nsmallest (sorted(iterable, key=key, reverse=...)[:n]).

import { i32, pushRoot, popRoots, rsp, setRsp } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, typeOf, raise, typeError, listLen, listItems, listAppend, mkInt } from "../core/obj";
import { qv, compareOp, truthy } from "../core/runtime";
import { CmpOp } from "../core/bytecode";
import { defModule } from "./modules";
import { listFromIter, listSort } from "./objlist";
import { kwArg, toInt } from "./modutil";

function lt(a: number, b: number): boolean {
  return truthy(compareOp(CmpOp.LT, a, b));
}
function get(h: number, k: number): number {
  if (k >= listLen(h)) raise(tv(T.RuntimeError), "list changed size during iteration");
  return i32[listItems(h) + k];
}
function put(h: number, k: number, v: number): void {
  if (k >= listLen(h)) raise(tv(T.RuntimeError), "list changed size during iteration");
  i32[listItems(h) + k] = v;
}

function siftdown(h: number, start: number, pos: number): void {
  const item = get(h, pos);
  pushRoot(item);
  while (pos > start) {
    const pp = (pos - 1) >> 1;
    const parent = get(h, pp);
    if (!lt(item, parent)) break;
    put(h, pos, parent);
    pos = pp;
  }
  put(h, pos, item);
  popRoots(1);
}

function siftup(h: number, pos: number): void {
  const end = listLen(h);
  const start = pos;
  const item = get(h, pos);
  pushRoot(item);
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lt(get(h, child), get(h, right))) child = right;
    put(h, pos, get(h, child));
    pos = child;
    child = 2 * pos + 1;
  }
  put(h, pos, item);
  popRoots(1);
  siftdown(h, start, pos);
}

function heapArg(v: number): number {
  if (typeOf(v) !== TV.list) typeError("heap argument must be a list");
  return v;
}

function popLast(h: number): number {
  const n = listLen(h);
  if (n === 0) raise(tv(T.IndexError), "index out of range");
  const x = i32[listItems(h) + n - 1];
  i32[listItems(h) + n - 1] = 0;
  i32[(h >> 2) + 1] = ((n - 1) << 1) | 1;
  return x;
}

const PUSH = defNative(Q.heappush, 2, 2, function (a) {
  const h = heapArg(i32[a]);
  listAppend(h, i32[a + 1]);
  siftdown(h, 0, listLen(h) - 1);
  return C.None;
});

const POP = defNative(Q.heappop, 1, 1, function (a) {
  const h = heapArg(i32[a]);
  const last = popLast(h);
  if (listLen(h) === 0) return last;
  const r = get(h, 0);
  pushRoot(r);
  put(h, 0, last);
  siftup(h, 0);
  popRoots(1);
  return r;
});

const REPLACE = defNative(Q.heapreplace, 2, 2, function (a) {
  const h = heapArg(i32[a]);
  if (listLen(h) === 0) raise(tv(T.IndexError), "index out of range");
  const r = get(h, 0);
  pushRoot(r);
  put(h, 0, i32[a + 1]);
  siftup(h, 0);
  popRoots(1);
  return r;
});

const PUSHPOP = defNative(Q.heappushpop, 2, 2, function (a) {
  const h = heapArg(i32[a]);
  let item = i32[a + 1];
  if (listLen(h) > 0 && lt(get(h, 0), item)) {
    const top = get(h, 0);
    put(h, 0, item);
    item = top;
    pushRoot(item);
    siftup(h, 0);
    popRoots(1);
  }
  return item;
});

const HEAPIFY = defNative(Q.heapify, 1, 1, function (a) {
  const h = heapArg(i32[a]);
  for (let k = (listLen(h) >> 1) - 1; k >= 0; k--) siftup(h, k);
  return C.None;
});

function nbest(reverse: boolean) {
  return function (a: number, n: number, kw: number, nkw: number): number {
    const count = toInt(i32[a]);
    const base = rsp;
    const l = listFromIter(i32[a + 1]);
    pushRoot(l);
    const key = kwArg(kw, nkw, Q.key);
    listSort(l, key === 0 ? C.None : key, reverse);
    const m = count < 0 ? 0 : count;
    if (listLen(l) > m) {
      for (let k = m; k < listLen(l); k++) i32[listItems(l) + k] = 0;
      i32[(l >> 2) + 1] = mkInt(m);
    }
    setRsp(base);
    return l;
  };
}

const NLARGEST = defNative(Q.nlargest, 2, 2, nbest(true));
const NSMALLEST = defNative(Q.nsmallest, 2, 2, nbest(false));

export function initHeapq(): void {
  const table = function () {
    return [
      qv(Q.heappush), PUSH, qv(Q.heappop), POP, qv(Q.heapify), HEAPIFY, qv(Q.heapreplace), REPLACE, qv(Q.heappushpop), PUSHPOP,
      qv(Q.nlargest), NLARGEST, qv(Q.nsmallest), NSMALLEST,
    ];
  };
  defModule(Q.heapq, table);
}
