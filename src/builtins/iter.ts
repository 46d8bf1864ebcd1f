// Builtin iterators: one heap layout [type iterator, kind(si), object, position(si), extra] and a
// table of next functions by kind, so each new iterator kind costs one function.

import { i32, alloc, pushRoot, popRoots } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, typeOf, mkInt } from "../core/obj";
import { getitem, setSeqIter } from "../core/runtime";
import { THROWN, isSubtype } from "../core/obj";
import { R } from "../gc/heap";

export const ITER_NEXT: ((it: number) => number)[] = [];

// Bit k set: iterators of kind k may never end, as each step runs a function or another iterator
// (map, iter(f, sentinel)...). A builtin that consumes one hands its loop to Python (consume.ts),
// where a Ctrl-C can reach it: its own loop would hold the host until the iterator ends. Such
// kinds are defined among the first 31.
let unboundedKinds = 0;

export function defIterKind(next: (it: number) => number, unbounded?: boolean): number {
  if (unbounded) unboundedKinds |= 1 << ITER_NEXT.length;
  ITER_NEXT.push(next);
  return ITER_NEXT.length - 1;
}

// Whether builtin iterator it (of type iterator) is of a kind that may never end.
export function mayNotEnd(it: number): boolean {
  return ((unboundedKinds >> (i32[(it >> 2) + 1] >> 1)) & 1) === 1;
}

// the iter slot of iterators and generators
export function iterSelf(it: number): number {
  return it;
}

export function newIter(kind: number, obj: number, pos: number): number {
  pushRoot(obj);
  const it = alloc(TV.iterator, 20);
  popRoots(1);
  const w = it >> 2;
  i32[w + 1] = (kind << 1) | 1;
  i32[w + 2] = obj;
  i32[w + 3] = (pos << 1) | 1;
  return it;
}

// position word helpers
export function iterPos(it: number): number {
  return i32[(it >> 2) + 3] >> 1;
}
export function setIterPos(it: number, p: number): void {
  i32[(it >> 2) + 3] = (p << 1) | 1;
}
export function iterObj(it: number): number {
  return i32[(it >> 2) + 2];
}

// iteration through __getitem__ with 0, 1, 2, ... until IndexError
const SEQ = defIterKind(function (it) {
  const p = iterPos(it);
  try {
    const v = getitem(iterObj(it), mkInt(p));
    setIterPos(it, p + 1);
    return v;
  } catch (e) {
    if (e === THROWN) {
      const x = i32[R.excRaising];
      if (x !== C.MemErr && (isSubtype(typeOf(x), tv(T.IndexError)) || isSubtype(typeOf(x), TV.StopIteration))) return 0;
    }
    throw e;
  }
}, true);

export function initIter(): void {
  defType(T.iterator, Q.iterator, TV.object, {
    next: function (it) {
      return ITER_NEXT[i32[(it >> 2) + 1] >> 1](it);
    },
    iter: iterSelf,
  });
  setSeqIter(function (o) {
    return newIter(SEQ, o, 0);
  });
}

