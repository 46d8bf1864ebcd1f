// File objects: open() and io.open (io.TextIOWrapper, io.FileIO) over the target's storage, and
// io.StringIO, io.BytesIO, which are the same object without a file behind it.
//
// A file's bytes live in the Python heap while it is open: reading loads the whole file, writing
// replaces the whole file on flush/close through Storage.write, which the targets make atomic, so
// a file being written is never seen half-written. A file opened with "a" (without "+") holds only
// what was written since the last flush and adds it with Storage.append: a log that grows does
// not have to fit in the heap.
//
// Layout: [type, flags(si), pos(si), len(si), buffer rawbuf|0, path str|0, base(si), fd(si)];
// the bytes are in the rawbuf after its 8-byte header.

import { i32, u8, alloc, growBuf, pushRoot, popRoots, R } from "../gc/heap";
import { C, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, newTypeIndex, romMap, typeOf, typeName, typeError, valueError, newStr, newStrRaw, strDone, strBuf, bufLen, isStr, toJs, mkInt, bool, newList, listAppend } from "../core/obj";
import { qv, hex } from "../core/runtime";
import { bytesAddr, writableAddr, bbLen } from "../builtins/objbytes";
import { listLen, listItems } from "../core/obj";
import { argOr, toInt, named } from "../builtins/modutil";
import { storage, osError, check, absPath, needParentDir, setSyncHook, ENOENT, EBADF, EEXIST, EISDIR, EINVAL } from "../builtins/storage";

const F_READ = 1,
  F_WRITE = 2,
  F_APPEND = 4, // every write goes to the end
  F_BIN = 8,
  F_CLOSED = 16,
  F_DIRTY = 32, // the buffer differs from the file
  F_TAIL = 64; // "a" without "+": the buffer holds only the bytes not yet appended
const W_FLAGS = 1,
  W_POS = 2,
  W_LEN = 3,
  W_BUF = 4,
  W_PATH = 5,
  W_BASE = 6,
  W_FD = 7;
const BUF_HDR = 8;

const T_TEXTIO = newTypeIndex();
const T_FILEIO = newTypeIndex();
const T_STRINGIO = newTypeIndex();
const T_BYTESIO = newTypeIndex();

let nextFd = 3;

function field(f: number, k: number): number {
  return i32[(f >> 2) + k] >> 1;
}
function setField(f: number, k: number, n: number): void {
  i32[(f >> 2) + k] = (n << 1) | 1;
}

// Address of byte 0 of the buffer, made to hold at least n bytes (may allocate).
function ensure(f: number, n: number): number {
  const w = f >> 2;
  pushRoot(f);
  const b = growBuf(i32[w + W_BUF], TV.rawbuf, BUF_HDR + n);
  popRoots(1);
  i32[w + W_BUF] = b;
  return b + BUF_HDR;
}

function bufAddr(f: number): number {
  return i32[(f >> 2) + W_BUF] + BUF_HDR;
}

function newFile(type: number, flags: number, data: string, path: number): number {
  pushRoot(path);
  const f = alloc(tv(type), 32);
  popRoots(1);
  setField(f, W_FLAGS, flags);
  setField(f, W_POS, 0);
  setField(f, W_LEN, data.length);
  i32[(f >> 2) + W_PATH] = path;
  setField(f, W_BASE, 0);
  // a file has a descriptor number, as MicroPython shows in its repr; StringIO/BytesIO none
  setField(f, W_FD, path ? nextFd++ : 0);
  const p = ensure(f, data.length);
  for (let k = 0; k < data.length; k++) u8[p + k] = data.charCodeAt(k);
  return f;
}

// n bytes at address p as one char per byte.
function chars(p: number, n: number): string {
  let s = "";
  for (let k = 0; k < n; k++) s += String.fromCharCode(u8[p + k]);
  return s;
}

// The bytes [from, to) as a str (text) or bytes (binary) value.
function slice(f: number, from: number, to: number): number {
  const bin = field(f, W_FLAGS) & F_BIN;
  const n = to - from;
  if (n <= 0 && !bin) return qv(Q.empty);
  const o = newStrRaw(bin ? TV.bytes : TV.str, n);
  const p = bufAddr(f) + from;
  for (let k = 0; k < n; k++) u8[o + 16 + k] = u8[p + k];
  return strDone(o);
}

// Address of the bytes of a buffer; TypeError for anything else. into: a buffer to write into,
// which a bytes is not (objbytes.ts writableAddr)
function bufferAddr(v: number, into?: boolean): number {
  const p = into ? writableAddr(v) : bytesAddr(v);
  if (p < 0) typeError("object with buffer protocol required");
  return p;
}

// Address of the bytes of a str (its UTF-8) or a buffer, their count in dataLen.
let dataLen = 0;
function dataAddr(v: number): number {
  const p = isStr(v) ? strBuf(v) : bufferAddr(v);
  dataLen = isStr(v) ? bufLen : bbLen;
  return p;
}

// self, checked to be open (and readable or writable when `need` says so)
function self(v: number, need: number): number {
  const fl = field(v, W_FLAGS);
  if (fl & F_CLOSED) valueError("I/O operation on closed file");
  if ((fl & need) !== need) osError(EBADF);
  return v;
}

// Flags f as holding writes the file has not seen, and lists it in R.dirtyFiles.
function markDirty(f: number): void {
  const fl = field(f, W_FLAGS);
  if (fl & F_DIRTY) return;
  setField(f, W_FLAGS, fl | F_DIRTY);
  if (i32[(f >> 2) + W_PATH] === 0) return;
  if (i32[R.dirtyFiles] === 0) {
    pushRoot(f);
    i32[R.dirtyFiles] = newList(0);
    popRoots(1);
  }
  listAppend(i32[R.dirtyFiles], f);
}

// Commits every file with pending writes (the list is emptied first: commit reaches storage(),
// which calls this again).
function commitAll(): void {
  const l = i32[R.dirtyFiles];
  if (l === 0) return;
  i32[R.dirtyFiles] = 0;
  pushRoot(l);
  for (let k = 0; k < listLen(l); k++) commit(i32[listItems(l) + k]);
  popRoots(1);
}

// Writes what the buffer holds that the file does not.
function commit(f: number): void {
  const fl = field(f, W_FLAGS);
  const path = i32[(f >> 2) + W_PATH];
  if (!(fl & F_DIRTY) || fl & F_CLOSED || path === 0) return;
  setField(f, W_FLAGS, fl & ~F_DIRTY);
  const s = storage();
  const data = chars(bufAddr(f), field(f, W_LEN));
  if (fl & F_TAIL) {
    check(s.append(toJs(path), data));
    setField(f, W_BASE, field(f, W_BASE) + data.length);
    setField(f, W_LEN, 0);
  } else check(s.write(toJs(path), data));
}

// End of the next n units from pos: bytes in binary mode, characters in text mode.
function unitsEnd(f: number, pos: number, n: number): number {
  const len = field(f, W_LEN);
  if (n < 0) return len;
  if (field(f, W_FLAGS) & F_BIN) return pos + n < len ? pos + n : len;
  const p = bufAddr(f);
  let k = pos;
  for (let c = 0; c < n && k < len; c++) {
    k++;
    while (k < len && (u8[p + k] & 0xc0) === 0x80) k++;
  }
  return k;
}

function sizeArg(a: number, n: number): number {
  return n > 1 && i32[a + 1] !== C.None ? toInt(i32[a + 1]) : -1;
}

function readTo(f: number, end: number): number {
  const pos = field(f, W_POS);
  if (end < pos) end = pos;
  setField(f, W_POS, end);
  return slice(f, pos, end);
}

const READ = defNative(Q.read, 1, 2, function (a, n) {
  const f = self(i32[a], F_READ);
  return readTo(f, unitsEnd(f, field(f, W_POS), sizeArg(a, n)));
});

function readLine(f: number, limit: number): number {
  const pos = field(f, W_POS);
  const len = field(f, W_LEN);
  const end = unitsEnd(f, pos, limit);
  const p = bufAddr(f);
  let k = pos;
  while (k < end && u8[p + k] !== 10) k++;
  return readTo(f, k < end ? k + 1 : end > len ? len : end);
}

const READLINE = defNative(Q.readline, 1, 2, function (a, n) {
  return readLine(self(i32[a], F_READ), sizeArg(a, n));
});

const READLINES = defNative(Q.readlines, 1, 2, function (a) {
  const f = self(i32[a], F_READ);
  const l = newList(0);
  pushRoot(l);
  while (field(f, W_POS) < field(f, W_LEN)) listAppend(l, readLine(f, -1));
  popRoots(1);
  return l;
});

const READINTO = defNative(Q.readinto, 2, 3, function (a, n) {
  const f = self(i32[a], F_READ);
  const dst = bufferAddr(i32[a + 1], true);
  let want = bbLen;
  if (n > 2 && toInt(i32[a + 2]) < want) want = toInt(i32[a + 2]);
  const pos = field(f, W_POS);
  const len = field(f, W_LEN);
  const end = pos + want < len ? pos + want : len < pos ? pos : len;
  const p = bufAddr(f);
  for (let k = pos; k < end; k++) u8[dst + k - pos] = u8[p + k];
  setField(f, W_POS, end);
  return mkInt(end - pos);
});

const WRITE = defNative(Q.write, 2, 2, function (a) {
  const f = self(i32[a], F_WRITE);
  const v = i32[a + 1];
  dataAddr(v);
  const m = dataLen;
  const fl = field(f, W_FLAGS);
  const len = field(f, W_LEN);
  const pos = fl & F_APPEND ? len : field(f, W_POS);
  const end = pos + m > len ? pos + m : len;
  const p = ensure(f, end);
  // the address again: ensure may have collected (a static qstr's text is in a scratch buffer)
  const src = dataAddr(v);
  for (let k = len; k < pos; k++) u8[p + k] = 0;
  for (let k = 0; k < m; k++) u8[p + pos + k] = u8[src + k];
  setField(f, W_POS, pos + m);
  setField(f, W_LEN, end);
  markDirty(f);
  return mkInt(m);
});

const SEEK = defNative(Q.seek, 2, 3, function (a, n) {
  const f = self(i32[a], 0);
  const whence = n > 2 ? toInt(i32[a + 2]) : 0;
  let pos = toInt(i32[a + 1]);
  if (whence === 1) pos += field(f, W_POS);
  else if (whence === 2) pos += field(f, W_LEN);
  else if (whence !== 0) osError(EINVAL);
  if (pos < 0) osError(EINVAL);
  if (!(field(f, W_FLAGS) & F_TAIL)) setField(f, W_POS, pos);
  return tell(f);
});

function tell(f: number): number {
  return mkInt(field(f, W_FLAGS) & F_TAIL ? field(f, W_BASE) + field(f, W_LEN) : field(f, W_POS));
}

const TELL = defNative(Q.tell, 1, 1, function (a) {
  return tell(self(i32[a], 0));
});

const FLUSH = defNative(Q.flush, 1, 1, function (a) {
  commit(self(i32[a], 0));
  return C.None;
});

// close() and __exit__: commits, and the file is closed even when that fails (a full storage)
function closeFn(a: number): number {
  const f = i32[a];
  const fl = field(f, W_FLAGS);
  if (!(fl & F_CLOSED))
    try {
      commit(f);
    } finally {
      setField(f, W_FLAGS, fl | F_CLOSED);
      i32[(f >> 2) + W_BUF] = 0;
    }
  return C.None;
}

const CLOSE = defNative(Q.close, 1, 1, closeFn);

const ENTER = defNative(Q.__enter__, 1, 1, function (a) {
  return i32[a];
});

const EXIT = defNative(Q.__exit__, 1, 4, closeFn);

const GETVALUE = defNative(Q.getvalue, 1, 1, function (a) {
  const f = self(i32[a], 0);
  return slice(f, 0, field(f, W_LEN));
});

// open(file, mode='r', buffering=-1, encoding=None, ...): the builtin and io.open
export function openFile(a: number, n: number, kw: number, nkw: number): number {
  if (!typesMade) makeTypes();
  const name = i32[a];
  if (!isStr(name)) typeError("expected str, got " + typeName(typeOf(name)));
  const mv = argOr(a, n, 1, kw, nkw, Q.mode, 0);
  const mode = mv === 0 ? "r" : toJs(mv);
  let kind = "";
  let flags = 0;
  for (let k = 0; k < mode.length; k++) {
    const c = mode.charAt(k);
    if ("rwax".indexOf(c) >= 0 && kind === "") kind = c;
    else if (c === "+") flags |= F_READ | F_WRITE;
    else if (c === "b") flags |= F_BIN;
    else if (c !== "t") valueError("invalid mode: '" + mode + "'");
  }
  if (kind === "") kind = "r";
  flags |= kind === "r" ? F_READ : kind === "a" ? F_WRITE | F_APPEND : F_WRITE;
  const s = storage(ENOENT);
  const path = absPath(toJs(name));
  const st = s.stat(path);
  if (st === -2) osError(EISDIR);
  if (st === -1) {
    if (kind === "r") osError(ENOENT);
    needParentDir(s, path);
    // the file exists from here, as with CPython and MicroPython
    check(s.write(path, ""));
  } else if (kind === "x") osError(EEXIST);
  let data = "";
  if (kind === "r" || (kind === "a" && flags & F_READ)) data = s.read(path) || "";
  if (kind === "a" && !(flags & F_READ)) flags |= F_TAIL;
  const f = newFile(flags & F_BIN ? T_FILEIO : T_TEXTIO, flags, data, newStr(path));
  // truncated on commit even with nothing written
  if (kind === "w" || kind === "x") markDirty(f);
  if (flags & F_TAIL) setField(f, W_BASE, st < 0 ? 0 : st);
  else if (kind === "a") setField(f, W_POS, data.length);
  return f;
}

// io.StringIO([initial]), io.BytesIO([initial]); t: the type called (a subclass's native base)
function memMake(a: number, n: number, kw: number, nkw: number, t: number): number {
  let data = "";
  if (n > 0 && i32[a] !== C.None) {
    data = chars(dataAddr(i32[a]), dataLen);
  }
  return newFile(t >> 3, F_READ | F_WRITE | (t === tv(T_BYTESIO) ? F_BIN : 0), data, 0);
}

// <io.TextIOWrapper 3> for a file (its fd), <io.StringIO 0x...> for the in-memory ones (no fd)
function fileRepr(v: number): string {
  const fd = field(v, W_FD);
  return "<io." + typeName(typeOf(v)) + " " + (fd ? fd : hex(v)) + ">";
}

function fileNext(v: number): number {
  const line = readLine(self(v, F_READ), -1);
  return line === qv(Q.empty) || (typeOf(line) === TV.bytes && i32[(line >> 2) + 2] === 0) ? 0 : line;
}

function fileAttr(v: number, q: number): number {
  return q === qv(Q.closed) ? bool((field(v, W_FLAGS) & F_CLOSED) !== 0) : 0;
}

// The file types are made at the first open() or import of io (not at boot: in the Espruino bundles
// this code is itself made then, tools/lazy-folder.mjs), and kept for the interpreters after.
let typesMade = false;
function makeTypes(): void {
  typesMade = true;
  setSyncHook(commitAll);
  const methods = [READ, READLINE, READLINES, READINTO, WRITE, SEEK, TELL, FLUSH, CLOSE, ENTER, EXIT];
  const locals = romMap(named(methods));
  const mem = romMap(named(methods.concat(GETVALUE)));
  const types = [T_TEXTIO, Q.TextIOWrapper, T_FILEIO, Q.FileIO, T_STRINGIO, Q.StringIO, T_BYTESIO, Q.BytesIO];
  for (let k = 0; k < types.length; k += 2) {
    defType(types[k], types[k + 1], TV.object, {
      locals: k < 4 ? locals : mem,
      make: k < 4 ? undefined : memMake,
      repr: fileRepr,
      next: fileNext,
      attr: fileAttr,
    });
  }
}

// io's names for the file types, as pairs for its module table
export function fileTypes(): number[] {
  if (!typesMade) makeTypes();
  return named([tv(T_STRINGIO), tv(T_BYTESIO), tv(T_TEXTIO), tv(T_FILEIO)]);
}
