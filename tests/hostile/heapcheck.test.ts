// heapCheck (src/gc/heap.ts), which every hostile run ends with, finds what it claims to: a
// reachable object pointing into a freed block or into the middle of another, a bad type word, an
// allocation table that disagrees with blocksUsed or has a tail without its head, a root that
// points to a dead block. And failAfter fails exactly the allocation it is told to.
import { describe, it, expect, beforeEach } from "vitest";
import * as H from "../../src/gc/heap";
import { R } from "../../src/gc/heap";

const T_OBJ = (40 << 3) | 4;
const T_RAW = (41 << 3) | 4;
class OutOfMemory extends Error {}

beforeEach(() => {
  H.heapInit(64 * 1024, 256, 256);
  for (let k = 1; k < R.NROOTS; k++) H.i32[k] = 0;
  H.setHooks(
    () => {},
    (): never => {
      throw new OutOfMemory("MemoryError");
    },
    (t) => t === T_RAW,
  );
  H.setStress(false);
  H.failAfter(0);
});

// a root object (fixed root R.scratch1) holding b in its first word
function rooted(): [number, number] {
  const a = H.alloc(T_OBJ, 16);
  H.i32[R.scratch1] = a;
  const b = H.alloc(T_OBJ, 48);
  H.i32[(a >> 2) + 1] = b;
  return [a, b];
}

describe("heapCheck", () => {
  it("passes on a consistent heap", () => {
    rooted();
    expect(H.heapCheck()).toBe(null);
    // and leaves no mark behind: a collection keeps both objects
    H.collect();
    expect(H.heapCheck()).toBe(null);
    expect(H.blocksUsed).toBe(4);
  });

  it("finds a reachable pointer to a freed block", () => {
    const [, b] = rooted();
    H.free(b);
    expect(H.heapCheck()).toMatch(/points to a free block/);
  });

  it("finds a pointer into the middle of an object", () => {
    const [a, b] = rooted();
    H.i32[(a >> 2) + 1] = b + 16;
    expect(H.heapCheck()).toMatch(/points to a tail block/);
  });

  it("finds a bad type word", () => {
    const [, b] = rooted();
    H.i32[b >> 2] = 12345 << 4;
    expect(H.heapCheck()).toMatch(/bad type word/);
  });

  it("ignores words of raw objects", () => {
    const [a] = rooted();
    const s = H.alloc(T_RAW, 32);
    H.i32[(a >> 2) + 2] = s;
    H.i32[(s >> 2) + 1] = 999 << 4; // looks like a pointer, but a raw object holds no references
    expect(H.heapCheck()).toBe(null);
  });

  it("finds a root pointing to a dead block", () => {
    const [, b] = rooted();
    H.i32[R.scratch2] = b;
    H.free(b);
    expect(H.heapCheck()).toMatch(/root|free block/);
  });

  it("finds an allocation table that disagrees with blocksUsed, or a tail without a head", () => {
    const [a, b] = rooted();
    // the table (one byte per block) sits right after the frame stack; a is block 0, b blocks 1-3
    const table = H.fsEnd * 4;
    expect(H.isHeapPointer(a) && H.isHeapPointer(b)).toBe(true);
    H.u8[table + 10] = 2; // a tail after free blocks
    expect(H.heapCheck()).toMatch(/tail without head at block 10/);
    H.u8[table + 10] = 1; // a head blocksUsed does not count
    expect(H.heapCheck()).toMatch(/blocksUsed is 4, the table has 5/);
    H.u8[table + 10] = 0;
    expect(H.heapCheck()).toBe(null);
  });
});

describe("failAfter", () => {
  it("fails the nth allocation only, as a full heap does, and counts allocations", () => {
    H.failAfter(3);
    H.alloc(T_OBJ, 16);
    H.alloc(T_OBJ, 16);
    expect(() => H.alloc(T_OBJ, 16)).toThrow(OutOfMemory);
    expect(H.allocCount).toBe(3);
    H.alloc(T_OBJ, 16);
    expect(H.allocCount).toBe(4);
    expect(H.heapCheck()).toBe(null);
  });
});
