// Unit tests of the heap and its collector (src/gc/heap.ts), used directly, without the interpreter:
// allocation, the allocation table, free/growBuf, the root stack, marking from every kind of root,
// the mark-stack overflow path, raw objects, gc stress, thresholds and the out-of-memory hook.
import { describe, it, expect, beforeEach } from "vitest";
import * as H from "../../src/gc/heap";
import { R } from "../../src/gc/heap";

// Type words as the interpreter uses them: constant objects (k << 3) | 4, never pointers.
const T_OBJ = (40 << 3) | 4; // an object whose words are all values (scanned)
const T_RAW = (41 << 3) | 4; // an object without references (not scanned), as str or float

class OutOfMemory extends Error {}
let oomCalls = 0;
let extraRoots: number[] = [];

function setup(bytes = 64 * 1024, rootWords = 256, frameWords = 256): void {
  H.heapInit(bytes, rootWords, frameWords);
  for (let k = 1; k < R.NROOTS; k++) H.i32[k] = 0;
  oomCalls = 0;
  extraRoots = [];
  H.setHooks(
    () => {
      for (const v of extraRoots) H.markValue(v);
    },
    (): never => {
      oomCalls++;
      throw new OutOfMemory("MemoryError");
    },
    (t) => t === T_RAW,
  );
  H.setStress(false);
  H.gcEnable(true);
  H.setThreshold(-1);
}

const w = (p: number) => p >> 2; // word index of an object
function ok(): void {
  expect(H.heapCheck()).toBe(null);
}
// Every block of the data area is in use by exactly the objects listed (sizes from allocSize).
function usedBytes(): number {
  return H.blocksUsed * H.BLOCK;
}

beforeEach(() => setup());

describe("allocation", () => {
  it("starts empty, with the whole block area free", () => {
    expect(H.blocksUsed).toBe(0);
    expect(H.heapBytes() % H.BLOCK).toBe(0);
    // after the fixed words, 16 bytes of data and one byte of table per block
    expect(H.heapBytes()).toBe(Math.floor((64 * 1024 - H.fsEnd * 4 - 16) / 17) * 16);
    expect(H.rsp).toBe(H.rsBase);
    expect(H.rsBase).toBe(R.NROOTS);
    expect(H.fsBase).toBe(H.rsBase + 256);
    expect(H.fsEnd).toBe(H.fsBase + 256);
    ok();
  });

  it("returns 16-byte aligned, non-NULL, word-typed objects", () => {
    const ps: number[] = [];
    for (let n = 0; n < 40; n++) {
      const p = H.alloc(T_OBJ, n * 3);
      expect(p).toBeGreaterThan(0);
      expect(p % 16).toBe(0);
      expect(p & 15).toBe(0);
      // past the fixed roots, the stacks and the allocation table
      expect(p).toBeGreaterThanOrEqual(H.fsEnd * 4);
      expect(H.i32[w(p)]).toBe(T_OBJ);
      expect(H.isHeapPointer(p)).toBe(true);
      ps.push(p);
    }
    expect(new Set(ps).size).toBe(ps.length);
    ok();
  });

  it("rounds sizes up to whole blocks, and 0 bytes to one block", () => {
    const cases: [number, number][] = [
      [0, 16],
      [1, 16],
      [4, 16],
      [16, 16],
      [17, 32],
      [32, 32],
      [33, 48],
      [100, 112],
      [1000, 1008],
    ];
    for (const [bytes, size] of cases) {
      const before = H.blocksUsed;
      const p = H.alloc(T_OBJ, bytes);
      expect(H.allocSize(p)).toBe(size);
      expect(H.blocksUsed - before).toBe(size / 16);
    }
    ok();
  });

  it("a multi-block request finds a hole below the last one it placed, without collecting", () => {
    const a = H.alloc(T_OBJ, 64);
    H.pushRoot(a);
    const b = H.alloc(T_OBJ, 64);
    H.pushRoot(b);
    // fill the rest of the heap with rooted multi-block objects
    const holder = H.alloc(T_OBJ, 4 + 4 * 2000);
    H.pushRoot(holder);
    let n = 0;
    while (H.heapBytes() - usedBytes() >= 32) H.i32[w(holder) + 1 + n++] = H.alloc(T_OBJ, 32);
    H.free(a);
    const c0 = H.collections;
    const c = H.alloc(T_OBJ, 64);
    expect(c).toBe(a);
    expect(H.collections).toBe(c0);
    // two holes of two blocks that are not adjacent do not make room for three blocks
    H.free(H.i32[w(holder) + 1]);
    H.i32[w(holder) + 1] = 0;
    H.free(H.i32[w(holder) + 3]);
    H.i32[w(holder) + 3] = 0;
    expect(H.alloc(T_OBJ, 32)).toBeGreaterThan(0); // fills one of the holes
    expect(() => H.alloc(T_OBJ, 48)).toThrow(OutOfMemory);
    H.setRsp(H.rsBase);
    ok();
  });

  it("objects do not overlap", () => {
    const objs: [number, number][] = [];
    for (let k = 0; k < 200; k++) {
      const p = H.alloc(T_OBJ, (k * 37) % 150);
      objs.push([p, p + H.allocSize(p)]);
    }
    objs.sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < objs.length; k++) expect(objs[k][0]).toBeGreaterThanOrEqual(objs[k - 1][1]);
    ok();
  });

  it("zeroes every word after the type, also in reused memory", () => {
    // dirty the whole block area, then give it back
    const all = H.alloc(T_RAW, H.heapBytes());
    for (let k = 1; k < H.heapBytes() / 4; k++) H.i32[w(all) + k] = -1;
    H.free(all);
    const sizes = [1, 16, 17, 64, 100, 333, 1000];
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 60; k++) {
        const n = sizes[k % sizes.length];
        const q = H.alloc(k & 1 ? T_OBJ : T_RAW, n);
        expect(H.i32[w(q)]).toBe(k & 1 ? T_OBJ : T_RAW);
        for (let j = 1; j < H.allocSize(q) / 4; j++) expect(H.i32[w(q) + j]).toBe(0);
        for (let j = 1; j < H.allocSize(q) / 4; j++) H.i32[w(q) + j] = 0x12345670; // dirty again
      }
      H.collect(); // frees them all: the second round reuses dirty memory
      expect(H.blocksUsed).toBe(0);
    }
  });

  it("an object spanning all the heap fits, one byte more does not", () => {
    const p = H.alloc(T_RAW, H.heapBytes());
    expect(H.allocSize(p)).toBe(H.heapBytes());
    expect(H.blocksUsed * 16).toBe(H.heapBytes());
    H.pushRoot(p);
    expect(() => H.alloc(T_RAW, 1)).toThrow(OutOfMemory);
    H.popRoots(1);
    H.collect();
    expect(H.blocksUsed).toBe(0);
    expect(() => H.alloc(T_RAW, H.heapBytes() + 1)).toThrow(OutOfMemory);
    ok();
  });

  it("a run of free blocks too short for a request is skipped, then filled by a small one", () => {
    const a = H.alloc(T_OBJ, 16);
    const b = H.alloc(T_OBJ, 16);
    const c = H.alloc(T_OBJ, 16);
    H.free(b);
    const big = H.alloc(T_OBJ, 32);
    expect(big).toBeGreaterThan(c);
    const small = H.alloc(T_OBJ, 16);
    expect(small).toBe(b);
    expect(a).toBeLessThan(b);
    ok();
  });

  it("keeps the allocation table consistent under a random mix of operations", () => {
    setup(128 * 1024, 8192, 64);
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    // the live objects are the root stack itself: i32[base .. rsp)
    const base = H.rsp;
    const count = () => H.rsp - base;
    for (let step = 0; step < 3000; step++) {
      const r = rnd(10);
      if (r < 5 || count() === 0) {
        try {
          const p = H.alloc(rnd(2) ? T_OBJ : T_RAW, rnd(200));
          H.pushRoot(p);
        } catch (e) {
          expect(e).toBeInstanceOf(OutOfMemory);
        }
      } else if (r < 7) {
        const k = rnd(count());
        H.free(H.i32[base + k]);
        H.i32[base + k] = H.i32[H.rsp - 1];
        H.popRoots(1);
      } else if (r < 9) {
        const k = rnd(count());
        const top = H.rsp;
        try {
          // (growBuf is for buffers without references: a scanned object is left as it is)
          const p = H.i32[base + k];
          if (H.i32[w(p)] === T_RAW) H.i32[base + k] = H.growBuf(p, T_RAW, rnd(400));
        } catch (e) {
          // as the VM does, the catcher drops what was pushed before the raise
          expect(e).toBeInstanceOf(OutOfMemory);
          H.setRsp(top);
        }
      } else {
        H.collect();
      }
      if (step % 50 === 0) ok();
    }
    ok();
    let sum = 0;
    for (let k = base; k < H.rsp; k++) {
      expect(H.isHeapPointer(H.i32[k])).toBe(true);
      sum += H.allocSize(H.i32[k]);
    }
    expect(usedBytes()).toBe(sum);
    H.setRsp(base);
  });
});

describe("free and growBuf", () => {
  it("free gives every block back", () => {
    const p = H.alloc(T_OBJ, 100);
    expect(H.blocksUsed).toBe(7);
    H.free(p);
    expect(H.blocksUsed).toBe(0);
    expect(H.isHeapPointer(p)).toBe(false);
    ok();
  });

  it("free of NULL, a tail block or a freed object does nothing", () => {
    const p = H.alloc(T_OBJ, 64);
    const q = H.alloc(T_OBJ, 16);
    H.free(0);
    H.free(p + 16); // a tail block
    H.free(q);
    H.free(q); // twice
    expect(H.blocksUsed).toBe(4);
    expect(H.isHeapPointer(p)).toBe(true);
    expect(H.allocSize(p)).toBe(64);
    ok();
  });

  it("growBuf keeps a buffer that holds enough, and its capacity in its second word", () => {
    const p = H.growBuf(0, T_RAW, 40);
    expect(H.i32[w(p)]).toBe(T_RAW);
    expect(H.i32[w(p) + 1]).toBe(H.allocSize(p));
    H.i32[w(p) + 3] = 99;
    expect(H.growBuf(p, T_RAW, 10)).toBe(p);
    expect(H.growBuf(p, T_RAW, H.allocSize(p))).toBe(p);
    expect(H.i32[w(p) + 3]).toBe(99);
    // a buffer made elsewhere (second word 0) that holds enough is kept too
    const q = H.alloc(T_RAW, 64);
    expect(H.growBuf(q, T_RAW, 40)).toBe(q);
    expect(H.allocSize(q)).toBe(64);
    expect(H.i32[w(q) + 1]).toBe(64);
    ok();
  });

  it("growBuf grows in place when the next blocks are free, zeroing the new part", () => {
    const p = H.alloc(T_RAW, 32);
    const spill = H.alloc(T_OBJ, 128);
    for (let k = 1; k < 32; k++) H.i32[w(spill) + k] = 7;
    H.free(spill);
    H.i32[w(p) + 2] = 11;
    H.i32[w(p) + 7] = 77;
    const q = H.growBuf(p, T_RAW, 64);
    expect(q).toBe(p);
    expect(H.allocSize(q)).toBe(96); // 64 and a quarter more, and 8
    expect(H.i32[w(q) + 1]).toBe(96);
    expect(H.blocksUsed).toBe(6);
    expect(H.i32[w(q)]).toBe(T_RAW);
    expect(H.i32[w(q) + 2]).toBe(11);
    expect(H.i32[w(q) + 7]).toBe(77);
    for (let k = 8; k < 24; k++) expect(H.i32[w(q) + k]).toBe(0);
    ok();
  });

  it("growBuf moves a blocked buffer, copying it and freeing the old blocks", () => {
    const p = H.alloc(T_RAW, 32);
    const wall = H.alloc(T_OBJ, 16);
    H.pushRoot(wall);
    H.pushRoot(p);
    for (let k = 2; k < 8; k++) H.i32[w(p) + k] = k * 10;
    const q = H.growBuf(p, T_RAW, 100);
    H.popRoots(1);
    expect(q).not.toBe(p);
    expect(H.isHeapPointer(p)).toBe(false);
    expect(H.allocSize(q)).toBe(144);
    expect(H.i32[w(q)]).toBe(T_RAW);
    for (let k = 2; k < 8; k++) expect(H.i32[w(q) + k]).toBe(k * 10);
    expect(H.blocksUsed).toBe(1 + 9);
    H.popRoots(1);
    ok();
  });

  it("growBuf keeps the buffer alive when it must collect to find room", () => {
    // fill the heap with garbage so that the move collects; the buffer itself is not rooted
    const p = H.alloc(T_RAW, 16);
    H.i32[w(p) + 2] = 5;
    const room = H.heapBytes() / 16 - H.blocksUsed - 4;
    for (let k = 0; k < room; k++) H.alloc(T_OBJ, 16);
    const before = H.collections;
    const q = H.growBuf(p, T_RAW, 200);
    expect(H.collections).toBeGreaterThan(before);
    expect(H.i32[w(q) + 2]).toBe(5);
    ok();
  });

  it("growBuf past the heap is OutOfMemory", () => {
    const p = H.growBuf(0, T_RAW, 32);
    H.pushRoot(p);
    expect(() => H.growBuf(p, T_RAW, H.heapBytes() * 2)).toThrow(OutOfMemory);
    H.popRoots(1);
  });
});

describe("root stack", () => {
  it("push, pop, setRsp and reserveRoots", () => {
    const base = H.rsp;
    H.pushRoot(41);
    H.pushRoot(43);
    expect(H.rsp).toBe(base + 2);
    expect(H.i32[base]).toBe(41);
    H.popRoots(1);
    expect(H.rsp).toBe(base + 1);
    H.i32[base + 1] = 12345;
    const r = H.reserveRoots(3);
    expect(r).toBe(base + 1);
    expect([H.i32[r], H.i32[r + 1], H.i32[r + 2]]).toEqual([0, 0, 0]);
    expect(H.rsp).toBe(base + 4);
    H.setRsp(base);
    expect(H.rsp).toBe(base);
  });

  it("overflowing the root stack calls the out-of-memory hook", () => {
    const base = H.rsp;
    for (let k = 0; k < 256; k++) H.pushRoot(1);
    expect(() => H.pushRoot(1)).toThrow(OutOfMemory);
    expect(oomCalls).toBe(1);
    H.setRsp(base + 250);
    expect(() => H.reserveRoots(7)).toThrow(OutOfMemory);
    expect(H.reserveRoots(6)).toBe(base + 250);
    H.setRsp(base);
  });
});

// a singly linked list of n objects [type, next, payload]; returns the head (rooted by the caller)
function chain(n: number, type = T_OBJ): number {
  let head = 0;
  const slot = H.reserveRoots(1);
  for (let k = 0; k < n; k++) {
    const p = H.alloc(type, 12);
    H.i32[w(p) + 1] = head;
    H.i32[w(p) + 2] = (k << 1) | 1;
    head = p;
    H.i32[slot] = head;
  }
  H.popRoots(1);
  return head;
}
function chainLength(head: number): number {
  let n = 0;
  for (let p = head; p !== 0; p = H.i32[w(p) + 1]) {
    expect(H.isHeapPointer(p)).toBe(true);
    n++;
  }
  return n;
}

describe("collect", () => {
  it("frees what nothing reaches", () => {
    const a = H.alloc(T_OBJ, 16);
    const b = H.alloc(T_OBJ, 100);
    const n0 = H.collections;
    H.collect();
    expect(H.collections).toBe(n0 + 1);
    expect(H.isHeapPointer(a)).toBe(false);
    expect(H.isHeapPointer(b)).toBe(false);
    expect(H.blocksUsed).toBe(0);
    ok();
  });

  it("keeps objects on the root stack, and frees them once popped", () => {
    const a = H.alloc(T_OBJ, 40);
    H.pushRoot(a);
    const b = H.alloc(T_OBJ, 16);
    H.collect();
    expect(H.isHeapPointer(a)).toBe(true);
    expect(H.isHeapPointer(b)).toBe(false);
    expect(H.blocksUsed).toBe(3);
    H.popRoots(1);
    H.collect();
    expect(H.isHeapPointer(a)).toBe(false);
    expect(H.blocksUsed).toBe(0);
  });

  it("keeps objects held by the fixed roots", () => {
    const ps: number[] = [];
    for (let r = 1; r < R.NROOTS; r++) {
      const p = H.alloc(T_OBJ, 16);
      H.i32[r] = p;
      ps.push(p);
    }
    H.alloc(T_OBJ, 16);
    H.collect();
    for (const p of ps) expect(H.isHeapPointer(p)).toBe(true);
    expect(H.blocksUsed).toBe(ps.length);
    H.i32[R.scratch1] = 0;
    H.collect();
    expect(H.blocksUsed).toBe(ps.length - 1);
  });

  it("keeps what the extra-roots hook marks", () => {
    const a = H.alloc(T_OBJ, 16);
    H.i32[w(a) + 1] = H.alloc(T_OBJ, 16);
    extraRoots = [a];
    H.collect();
    expect(H.isHeapPointer(a)).toBe(true);
    expect(H.isHeapPointer(H.i32[w(a) + 1])).toBe(true);
    extraRoots = [];
    H.collect();
    expect(H.blocksUsed).toBe(0);
  });

  it("follows references through nested objects, in every word", () => {
    const outer = H.alloc(T_OBJ, 64); // 4 blocks: references in the head block and in tails
    H.pushRoot(outer);
    const kids: number[] = [];
    for (let k = 1; k < 16; k += 2) {
      const kid = H.alloc(T_OBJ, 16);
      H.i32[w(outer) + k] = kid;
      kids.push(kid);
    }
    const grandchild = H.alloc(T_OBJ, 16);
    H.i32[w(kids[7]) + 3] = grandchild;
    H.alloc(T_OBJ, 16); // garbage
    H.collect();
    expect(H.blocksUsed).toBe(4 + kids.length + 1);
    for (const k of kids) expect(H.isHeapPointer(k)).toBe(true);
    expect(H.isHeapPointer(grandchild)).toBe(true);
    H.popRoots(1);
    ok();
  });

  it("keeps an object's type when the type is itself a heap object (a class)", () => {
    const cls = H.alloc(T_OBJ, 32);
    const inst = H.alloc(cls, 16);
    H.pushRoot(inst);
    H.collect();
    expect(H.isHeapPointer(cls)).toBe(true);
    expect(H.i32[w(inst)]).toBe(cls);
    H.popRoots(1);
  });

  it("frees unreachable cycles, keeps reachable ones", () => {
    const a = H.alloc(T_OBJ, 16);
    const b = H.alloc(T_OBJ, 16);
    H.i32[w(a) + 1] = b;
    H.i32[w(b) + 1] = a;
    H.i32[w(a) + 2] = a;
    H.pushRoot(b);
    H.collect();
    expect(H.blocksUsed).toBe(2);
    H.popRoots(1);
    H.collect();
    expect(H.blocksUsed).toBe(0);
    ok();
  });

  it("does not take small ints, interned strings, constants or interior addresses for pointers", () => {
    const target = H.alloc(T_OBJ, 48);
    const holder = H.alloc(T_OBJ, 32);
    H.pushRoot(holder);
    H.i32[w(holder) + 1] = target | 1; // a small int with the same bits
    H.i32[w(holder) + 2] = target | 2; // an interned string
    H.i32[w(holder) + 3] = target | 4; // a constant object
    H.i32[w(holder) + 4] = target + 16; // a tail block of target
    H.i32[w(holder) + 5] = -16; // negative
    H.i32[w(holder) + 6] = H.heapBytes() * 4 + 0x10000; // past the end
    H.collect();
    expect(H.isHeapPointer(target)).toBe(false);
    expect(H.blocksUsed).toBe(2);
    H.popRoots(1);
    ok();
  });

  it("does not scan raw objects, but keeps them when referenced", () => {
    const raw = H.alloc(T_RAW, 32);
    const victim = H.alloc(T_OBJ, 16);
    H.i32[w(raw) + 2] = victim; // bytes that happen to look like a pointer
    H.i32[w(raw) + 5] = victim;
    H.pushRoot(raw);
    H.collect();
    expect(H.isHeapPointer(raw)).toBe(true);
    expect(H.isHeapPointer(victim)).toBe(false);
    const holder = H.alloc(T_OBJ, 16);
    H.i32[w(holder) + 1] = raw;
    H.popRoots(1);
    H.pushRoot(holder);
    H.collect();
    expect(H.isHeapPointer(raw)).toBe(true);
    expect(H.blocksUsed).toBe(1 + 2);
    H.popRoots(1);
  });

  it("keeps a chain of thousands of objects (mark stack overflow), in either direction", () => {
    setup(256 * 1024);
    const n = 5000;
    const head = chain(n);
    H.pushRoot(head);
    for (let k = 0; k < 300; k++) H.alloc(T_OBJ, 16); // garbage in between
    H.collect();
    expect(chainLength(head)).toBe(n);
    expect(H.blocksUsed).toBe(n);
    ok();
    // the same from the oldest object: reverse the links so each points to a newer one
    let prev = 0;
    let p = head;
    while (p !== 0) {
      const next = H.i32[w(p) + 1];
      H.i32[w(p) + 1] = prev;
      prev = p;
      p = next;
    }
    H.popRoots(1);
    H.pushRoot(prev);
    H.collect();
    expect(chainLength(prev)).toBe(n);
    expect(H.blocksUsed).toBe(n);
    H.popRoots(1);
    H.collect();
    expect(H.blocksUsed).toBe(0);
    ok();
  });

  it("marks a wide object whose children overflow the mark stack, each with children", () => {
    const n = 600;
    const wide = H.alloc(T_OBJ, 4 + n * 4);
    H.pushRoot(wide);
    for (let k = 0; k < n; k++) {
      const kid = H.alloc(T_OBJ, 8);
      H.i32[w(wide) + 1 + k] = kid;
      H.i32[w(kid) + 1] = H.alloc(T_OBJ, 4);
    }
    H.collect();
    expect(H.blocksUsed).toBe(H.allocSize(wide) / 16 + 2 * n);
    for (let k = 0; k < n; k++) {
      const kid = H.i32[w(wide) + 1 + k];
      expect(H.isHeapPointer(kid)).toBe(true);
      expect(H.isHeapPointer(H.i32[w(kid) + 1])).toBe(true);
    }
    H.popRoots(1);
    ok();
  });

  it("frees a dead chain of thousands of objects entirely", () => {
    setup(256 * 1024);
    chain(4000);
    H.collect();
    expect(H.blocksUsed).toBe(0);
    ok();
  });

  it("markRange marks and drains a range of words", () => {
    const a = H.alloc(T_OBJ, 16);
    H.i32[w(a) + 1] = H.alloc(T_OBJ, 16);
    extraRoots = [];
    H.setHooks(
      () => {
        // a root area outside the root stack, as the frame stack is
        H.i32[H.fsBase] = a;
        H.markRange(H.fsBase, H.fsBase + 1);
      },
      (): never => {
        throw new OutOfMemory();
      },
      (t) => t === T_RAW,
    );
    H.collect();
    expect(H.blocksUsed).toBe(2);
  });
});

describe("gc stress, threshold, enable", () => {
  it("stress collects at every allocation, and the type word of the new object survives it", () => {
    H.setStress(true);
    const n0 = H.collections;
    const cls = H.alloc(T_OBJ, 16); // only the alloc below holds it
    const a = H.alloc(cls, 16);
    expect(H.collections).toBe(n0 + 2);
    expect(H.isHeapPointer(cls)).toBe(true);
    expect(H.i32[w(a)]).toBe(cls);
    H.pushRoot(a);
    H.alloc(T_OBJ, 16);
    H.alloc(T_OBJ, 16); // frees the one before
    expect(H.blocksUsed).toBe(3);
    expect(H.isHeapPointer(a)).toBe(true);
    expect(H.isHeapPointer(cls)).toBe(true);
    H.popRoots(1);
    H.setStress(false);
    ok();
  });

  it("stress makes growBuf always move (so stale pointers show)", () => {
    H.setStress(true);
    const p = H.alloc(T_RAW, 16);
    H.pushRoot(p);
    H.i32[w(p) + 2] = 42;
    const q = H.growBuf(p, T_RAW, 64);
    H.popRoots(1);
    expect(q).not.toBe(p);
    expect(H.i32[w(q) + 2]).toBe(42);
    H.setStress(false);
  });

  it("stress collects even while the collector is disabled", () => {
    H.gcEnable(false);
    H.setStress(true);
    H.alloc(T_OBJ, 16);
    const n0 = H.collections;
    H.alloc(T_OBJ, 16);
    expect(H.collections).toBe(n0 + 1);
    expect(H.blocksUsed).toBe(1);
    H.setStress(false);
    H.gcEnable(true);
  });

  it("a threshold triggers a collection after that many bytes", () => {
    H.setThreshold(160);
    expect(H.getThreshold()).toBe(160);
    const n0 = H.collections;
    for (let k = 0; k < 10; k++) H.alloc(T_OBJ, 16);
    expect(H.collections).toBe(n0);
    H.alloc(T_OBJ, 16); // 160 bytes allocated since the last collection
    expect(H.collections).toBe(n0 + 1);
    expect(H.blocksUsed).toBe(1);
    H.setThreshold(-1);
    for (let k = 0; k < 100; k++) H.alloc(T_OBJ, 16);
    expect(H.collections).toBe(n0 + 1);
  });

  it("disabled, collect() does nothing and a full heap is out of memory", () => {
    H.gcEnable(false);
    expect(H.gcEnabled).toBe(false);
    H.alloc(T_OBJ, 16);
    const n0 = H.collections;
    H.collect();
    expect(H.collections).toBe(n0);
    expect(H.blocksUsed).toBe(1);
    expect(() => {
      for (;;) H.alloc(T_OBJ, 256);
    }).toThrow(OutOfMemory);
    ok();
    H.gcEnable(true);
    H.collect();
    expect(H.blocksUsed).toBe(0);
  });
});

describe("out of memory", () => {
  it("collects before giving up, and calls the hook only when the live objects fill the heap", () => {
    // garbage never runs the heap out
    for (let k = 0; k < 10000; k++) H.alloc(T_OBJ, 48);
    expect(oomCalls).toBe(0);
    expect(H.collections).toBeGreaterThan(0);
    // live objects do
    const list = H.alloc(T_OBJ, 16);
    H.pushRoot(list);
    let live = 0;
    expect(() => {
      for (;;) {
        const p = H.alloc(T_OBJ, 48);
        H.i32[w(p) + 1] = H.i32[w(list) + 1];
        H.i32[w(list) + 1] = p;
        live++;
      }
    }).toThrow(OutOfMemory);
    expect(oomCalls).toBe(1);
    ok();
    expect(chainLength(H.i32[w(list) + 1])).toBe(live);
    expect(H.heapBytes() - usedBytes()).toBeLessThan(64);
    // the heap goes on: drop the objects and allocate again
    H.popRoots(1);
    const p = H.alloc(T_OBJ, 1000);
    expect(H.isHeapPointer(p)).toBe(true);
    expect(H.blocksUsed).toBe(63);
    ok();
  });

  it("a fragmented heap cannot give a large object even with enough free bytes in total", () => {
    setup(8 * 1024, 64, 64);
    const slots = 400; // more than the blocks left after the holder
    const holder = H.alloc(T_OBJ, 4 + 4 * slots);
    H.pushRoot(holder);
    let n = 0;
    expect(() => {
      for (;;) {
        const a = H.alloc(T_OBJ, 16);
        H.i32[w(holder) + 1 + n++] = a;
      }
    }).toThrow(OutOfMemory);
    expect(n).toBeLessThan(slots);
    // drop every other object: half the blocks are free, in one-block holes
    for (let k = 0; k < n; k += 2) H.i32[w(holder) + 1 + k] = 0;
    H.collect();
    const free = H.heapBytes() - usedBytes();
    expect(free).toBeGreaterThanOrEqual(16 * Math.floor(n / 2));
    oomCalls = 0;
    expect(() => H.alloc(T_OBJ, 32)).toThrow(OutOfMemory);
    expect(oomCalls).toBe(1);
    expect(H.alloc(T_OBJ, 16)).toBeGreaterThan(0);
    H.popRoots(1);
    ok();
  });

  it("a tiny heap still has its minimum of blocks", () => {
    setup(100, 8, 8);
    expect(H.heapBytes()).toBe(16 * 16);
    const p = H.alloc(T_OBJ, 16 * 16);
    expect(H.allocSize(p)).toBe(256);
    ok();
  });
});
