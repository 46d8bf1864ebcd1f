// The Python heap: one ArrayBuffer holding every Python object, frame and code object.
//
// Layout in 32-bit words:
//   [0]                     NULL, never an object
//   [1 .. ROOTS)            fixed roots (module table, interned-string pool, ...)
//   [ROOTS .. rsEnd)        the root stack: temporaries that JS code holds across an allocation,
//                           and argument areas for calls made from JS
//   [rsEnd .. fsEnd)        the frame stack: Python frames of plain calls, pushed and popped LIFO
//   then the allocation table (one byte per 16-byte block) and the blocks themselves.
//
// A value is one 32-bit word: small int (low bit 1), interned string (low bits 10), constant
// object such as None or a builtin type (low bits 100), or a pointer: the byte address of a block
// (low four bits 0000, 0 is NULL). Every word of a scanned object is a value, so the collector is
// precise: it needs no layout table beyond "does this type hold references at all" (rawType).
//
// Collection happens only inside alloc(). Any pointer that JS code holds in a local across a call
// that may allocate must be on the root stack (pushRoot) or in a reachable object; gc stress mode
// (collect at every allocation) is how the test-suite proves that discipline holds.

export const BLOCK = 16;
const FREE = 0, HEAD = 1, TAIL = 2, MARK = 4;

export let u8: Uint8Array;
export let i32: Int32Array;
export let f64: Float64Array;

// fixed roots: word indices 1..NROOTS-1
export const enum R {
  modules = 1, // dict: sys.modules
  qpool, // list of heap strings interned at run time
  qhash, // hash table of the run-time interned strings
  mainGlobals,
  curExc, // exception being handled, for bare raise outside its handler
  excRaising, // exception object being thrown through JS
  scratch1,
  scratch2,
  dirtyFiles, // list of the open files with writes the storage has not seen yet
  consumers, // globals of the Python that runs builtins' loops over generators (consume.ts)
  sched, // list: the callbacks micropython.schedule queued (modmicropython.ts)
  NROOTS,
}

export let rsp = 0; // root stack pointer (word index of next free slot)
export let rsBase = 0;
let rsEnd = 0;
export let fsBase = 0; // frame stack (word indices)
export let fsEnd = 0;

let atbBase = 0; // byte index of the allocation table in u8
let nblocks = 0;
let gcBase = 0; // byte address of block 0
let freeHint = 0; // no free block below this index
export let blocksUsed = 0;

export let gcStress = false;
export let gcEnabled = true;
let gcThreshold = -1; // bytes allocated since the last collection that trigger one (-1: off)
let allocSinceCollect = 0;
export let collections = 0;

// Hooks the core installs (setHooks, as vm.ts loads): roots it keeps outside the heap words above
// (the running frame chain), what an allocation failure raises, and whether a type word denotes an
// object without references (strings, floats, bytes).
export let markExtraRoots: () => void;
export let onOutOfMemory: () => never;
export let isRawType: (typeWord: number) => boolean;

export function setHooks(mark: () => void, oom: () => never, raw: (t: number) => boolean): void {
  markExtraRoots = mark;
  onOutOfMemory = oom;
  isRawType = raw;
}

export function setStress(on: boolean): void {
  gcStress = on;
}

export function heapInit(bytes: number, rootStackWords: number, frameStackWords: number): void {
  rsBase = R.NROOTS;
  rsEnd = rsBase + rootStackWords;
  fsBase = rsEnd;
  fsEnd = fsBase + frameStackWords;
  const fixedBytes = fsEnd * 4;
  // per block: 16 bytes of data and one byte of table
  nblocks = Math.floor((bytes - fixedBytes - BLOCK) / (BLOCK + 1));
  if (nblocks < 16) nblocks = 16;
  atbBase = fixedBytes;
  gcBase = (atbBase + nblocks + BLOCK - 1) & ~(BLOCK - 1);
  const total = gcBase + nblocks * BLOCK;
  const buf = new ArrayBuffer(total);
  u8 = new Uint8Array(buf);
  i32 = new Int32Array(buf);
  f64 = new Float64Array(buf);
  rsp = rsBase;
  freeHint = 0;
  rover = 0;
  gcEnabled = true;
  gcThreshold = -1;
  allocLocked = 0;
  blocksUsed = 0;
  allocSinceCollect = 0;
  collections = 0;
}

export function heapBytes(): number {
  return nblocks * BLOCK;
}

// For a builtin that builds text in a host string (repr, join, formatting, a read from a device):
// MemoryError once it is longer than the heap, which could never hold it as a Python object. Text
// can be far bigger than the objects it is made from (repr([s] * n)), and the host would run out
// first: V8 stops the whole process, a board its firmware.
export function checkHostLen(n: number): void {
  if (n > nblocks * BLOCK) onOutOfMemory();
}

// ---- the root stack ----

export function pushRoot(v: number): void {
  if (rsp >= rsEnd) onOutOfMemory();
  i32[rsp++] = v;
}
export function popRoots(n: number): void {
  rsp -= n;
}
export function setRsp(p: number): void {
  rsp = p;
}
// Reserves n words on the root stack (zeroed) and returns the index of the first.
export function reserveRoots(n: number): number {
  const p = rsp;
  if (p + n > rsEnd) onOutOfMemory();
  for (let k = 0; k < n; k++) i32[p + k] = 0;
  rsp = p + n;
  return p;
}

// ---- allocation ----

// micropython.heap_lock(): while locked, every allocation fails with MemoryError
let allocLocked = 0;
export function setAllocLock(n: number): void {
  allocLocked = n;
}

// Returns the byte address of a zeroed object of at least `bytes` bytes whose first word is `type`.
export function alloc(type: number, bytes: number): number {
  if (allocLocked > 0) onOutOfMemory();
  if (MPJS_ASSERT) injectFault();
  // (a request past the heap's size would also wrap the 32-bit block count below)
  if (bytes > nblocks * BLOCK) onOutOfMemory();
  const n = (bytes + BLOCK - 1) >> 4 || 1;
  if (gcStress || (gcThreshold >= 0 && allocSinceCollect >= gcThreshold)) {
    pushRoot(type);
    collect();
    rsp--;
  }
  let b = findFree(n);
  if (b < 0) {
    pushRoot(type);
    collect();
    rsp--;
    b = findFree(n);
    if (b < 0) {
      lasting = false;
      onOutOfMemory();
    }
  }
  u8[atbBase + b] = HEAD;
  for (let k = 1; k < n; k++) u8[atbBase + b + k] = TAIL;
  blocksUsed += n;
  allocSinceCollect += n * BLOCK;
  const p = gcBase + b * BLOCK;
  const w = p >> 2;
  const end = w + n * 4;
  for (let k = w + 1; k < end; k++) i32[k] = 0;
  i32[w] = type;
  return p;
}

// Fault injection for tests (MPJS_ASSERT builds only): failAfter(n) makes the nth allocation
// from now (counting alloc and in-place growth) fail as a full heap does; allocCount counts them.
let failCountdown = 0;
export let allocCount = 0;
export function failAfter(n: number): void {
  failCountdown = n;
  allocCount = 0;
}
function injectFault(): void {
  allocCount++;
  if (failCountdown > 0 && --failCountdown === 0) onOutOfMemory();
}

// First fit for one block (from the lowest free block); next fit for more, from where the last
// such search ended, so that a heap fragmented at the bottom is not scanned again for every
// multi-block request.
let rover = 0;
// (allocLasting: the search goes down from the top of the heap)
let lasting = false;
function findFree(n: number): number {
  const a = atbBase;
  if (lasting) {
    let run = 0;
    for (let b = nblocks - 1; b >= freeHint; b--) {
      if (u8[a + b] !== FREE) run = 0;
      else if (++run === n) return b;
    }
    // (none: the search below fails too)
  }
  let b = freeHint;
  while (b < nblocks && u8[a + b] !== FREE) b++;
  freeHint = b;
  if (n === 1) return b < nblocks ? b : -1;
  let r = scan(rover > b ? rover : b, n);
  if (r < 0 && rover > b) r = scan(b, n);
  if (r >= 0) rover = r + n;
  return r;
}

function scan(b: number, n: number): number {
  const a = atbBase;
  while (b < nblocks && u8[a + b] !== FREE) b++;
  while (b + n <= nblocks) {
    let k = 0;
    while (k < n && u8[a + b + k] === FREE) k++;
    if (k === n) {
      if (b === freeHint) freeHint = b + n;
      return b;
    }
    b += k + 1;
    while (b < nblocks && u8[a + b] !== FREE) b++;
  }
  return -1;
}

// An object that lasts as long as the interpreter (the run-time interned strings and their
// tables): allocated from the top of the heap down, as CircuitPython places its long-lived
// objects, so that it does not split the free space programs allocate from the bottom up.
export function allocLasting(type: number, bytes: number): number {
  lasting = true;
  const p = alloc(type, bytes);
  lasting = false;
  return p;
}

// Number of bytes the object at p occupies (whole blocks).
export function allocSize(p: number): number {
  const a = atbBase;
  let b = (p - gcBase) >> 4;
  const b0 = b;
  b++;
  while (b < nblocks && (u8[a + b] & 3) === TAIL) b++;
  return (b - b0) * BLOCK;
}

// Makes the growable buffer b (0: none yet) at least `bytes` long: in place when the blocks after
// it are free, else by moving it. A bytearray's, an array's or a file's buffer grows an item at a
// time, and allocSize walks the object's blocks: each such buffer keeps what it can hold in its
// second word instead (100,000 array appends took 15 s).
export function growBuf(b: number, type: number, bytes: number): number {
  if (b !== 0 && i32[(b >> 2) + 1] >= bytes) return b;
  bytes += (bytes >> 2) + 8;
  let q = b;
  if (b === 0) q = alloc(type, bytes);
  else {
    const have = allocSize(b);
    const a = atbBase;
    const b0 = (b - gcBase) >> 4;
    const nOld = have >> 4;
    const nNew = (bytes + BLOCK - 1) >> 4;
    let k = nOld;
    while (k < nNew && b0 + k < nblocks && u8[a + b0 + k] === FREE) k++;
    // (nOld >= nNew: a buffer whose second word was not yet set holds enough already)
    if (nOld < nNew) {
      if (k === nNew && !gcStress) {
        if (MPJS_ASSERT) injectFault();
        for (let j = nOld; j < nNew; j++) u8[a + b0 + j] = TAIL;
        blocksUsed += nNew - nOld;
        const w0 = (b >> 2) + nOld * 4, w1 = (b >> 2) + nNew * 4;
        for (let j = w0; j < w1; j++) i32[j] = 0;
      } else {
        pushRoot(b);
        q = alloc(type, bytes);
        rsp--;
        u8.set(u8.subarray(b, b + have), q);
        free(b);
      }
    }
  }
  i32[(q >> 2) + 1] = allocSize(q);
  return q;
}

// Gives back the tail of an object (shrinks it in place) or frees it entirely.
export function free(p: number): void {
  const a = atbBase;
  let b = (p - gcBase) >> 4;
  if (b < 0 || b >= nblocks || (u8[a + b] & 3) !== HEAD) return;
  u8[a + b] = FREE;
  blocksUsed--;
  if (b < freeHint) freeHint = b;
  b++;
  while (b < nblocks && (u8[a + b] & 3) === TAIL) {
    u8[a + b] = FREE;
    blocksUsed--;
    b++;
  }
}

// ---- collection ----

// MicroPython's MICROPY_ALLOC_GC_STACK_SIZE: an object marked when the stack is full is found
// again by drain's rescan, so a short stack costs a pass over the block table now and then, and
// on Espruino the stack is RAM for good (256 entries were 64 JsVars; timings the same on Node)
const MARK_STACK = 64;
const markStack = new Int32Array(MARK_STACK);
let msp = 0;
let markOverflow = false;

// Marks the object a value points at (if it is a pointer into the block area).
export function markValue(v: number): void {
  if ((v & 15) !== 0 || v < gcBase) return;
  const b = (v - gcBase) >> 4;
  if (b >= nblocks) return;
  const t = atbBase + b;
  if (u8[t] !== HEAD) return; // free, tail, or already marked
  u8[t] = HEAD | MARK;
  if (msp < MARK_STACK) markStack[msp++] = v;
  else markOverflow = true;
}

export function markRange(w0: number, w1: number): void {
  for (let k = w0; k < w1; k++) markValue(i32[k]);
  drain();
}

function scanObject(p: number): void {
  const w = p >> 2;
  const hdr = i32[w];
  markValue(hdr);
  if (isRawType(hdr)) return;
  const a = atbBase;
  let b = ((p - gcBase) >> 4) + 1;
  while (b < nblocks && (u8[a + b] & 3) === TAIL) b++;
  const end = gcBase + b * BLOCK;
  for (let k = w + 1; k < end >> 2; k++) markValue(i32[k]);
}

function drain(): void {
  for (;;) {
    while (msp > 0) scanObject(markStack[--msp]);
    if (!markOverflow) return;
    markOverflow = false;
    // the mark stack overflowed: rescan every marked object for unmarked children
    for (let b = 0; b < nblocks; b++) {
      if (u8[atbBase + b] === (HEAD | MARK)) scanObject(gcBase + b * BLOCK);
    }
  }
}

export function collect(): void {
  if (!gcEnabled && !gcStress) return;
  collections++;
  msp = 0;
  markOverflow = false;
  markRange(1, rsp);
  markExtraRoots();
  drain();
  // sweep
  const a = atbBase;
  let used = 0;
  let inDead = false;
  for (let b = 0; b < nblocks; b++) {
    const s = u8[a + b];
    if (s === (HEAD | MARK)) {
      u8[a + b] = HEAD;
      inDead = false;
      used++;
    } else if (s === HEAD) {
      u8[a + b] = FREE;
      inDead = true;
    } else if (s === TAIL) {
      if (inDead) u8[a + b] = FREE;
      else used++;
    }
  }
  blocksUsed = used;
  freeHint = 0;
  rover = 0;
  allocSinceCollect = 0;
}

export function gcEnable(on: boolean): void {
  gcEnabled = on;
}
export function setThreshold(bytes: number): void {
  gcThreshold = bytes;
}
export function getThreshold(): number {
  return gcThreshold;
}

// Heap check for tests and fuzzing: the allocation table is well-formed (every block free, a
// head, or a tail following a head) and agrees with blocksUsed; every object reachable from the
// roots has a type word, and each word of a scanned object is a valid value (a pointer only to
// the head of a live object). Marks, then clears the marks, so call it between collections.
export function heapCheck(): string | null {
  const a = atbBase;
  let prevUsed = false;
  let used = 0;
  for (let b = 0; b < nblocks; b++) {
    const s = u8[a + b];
    if (s === TAIL && !prevUsed) return "tail without head at block " + b;
    if (s !== FREE && s !== HEAD && s !== TAIL) return "bad table entry at block " + b;
    prevUsed = s !== FREE;
    if (prevUsed) used++;
  }
  if (used !== blocksUsed) return "blocksUsed is " + blocksUsed + ", the table has " + used;
  if (rsp < rsBase || rsp > rsEnd) return "root stack pointer out of range: " + rsp;
  for (let k = 1; k < rsp; k++) {
    const v = i32[k];
    if ((v & 15) === 0 && v >= gcBase && !isHeapPointer(v) && v < gcBase + nblocks * BLOCK) return "root " + k + " points to a dead block: " + v;
  }
  msp = 0;
  markOverflow = false;
  markRange(1, rsp);
  markExtraRoots();
  drain();
  let err: string | null = null;
  const end = gcBase + nblocks * BLOCK;
  for (let b = 0; b < nblocks; b++) {
    if (u8[a + b] !== (HEAD | MARK)) continue;
    u8[a + b] = HEAD;
    if (err !== null) continue;
    const p = gcBase + b * BLOCK;
    const w = p >> 2;
    const hdr = i32[w];
    if ((hdr & 7) !== 4 && !isHeapPointer(hdr)) err = "object at " + p + " has a bad type word " + hdr;
    else if (!isRawType(hdr)) {
      let e = b + 1;
      while (e < nblocks && (u8[a + e] & 3) === TAIL) e++;
      for (let k = w + 1; k < (gcBase + e * BLOCK) >> 2; k++) {
        const v = i32[k];
        if ((v & 15) === 0 && v >= gcBase && v < end && (u8[a + ((v - gcBase) >> 4)] & 3) !== HEAD) {
          err = "object at " + p + " (type " + hdr + ") word " + (k - w) + " points to a " + (u8[a + ((v - gcBase) >> 4)] === FREE ? "free" : "tail") + " block: " + v;
          break;
        }
      }
    }
  }
  return err;
}

export function isHeapPointer(v: number): boolean {
  if ((v & 15) !== 0 || v < gcBase) return false;
  const b = (v - gcBase) >> 4;
  return b < nblocks && (u8[atbBase + b] & 3) === HEAD;
}
