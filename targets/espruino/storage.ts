// The board's files on Espruino, over require("Storage"): a flat namespace of names of at most
// 28 characters, where a file is written once (in one call, or in pieces at offsets of a size
// given first) and erased whole, and where rewriting a name erases the old file before the new
// one is complete. Python's paths and directories are kept in an index; every record (the index
// and each file's content) is written so that a power loss at any moment leaves its old or its
// new content:
//
// - a record has two slots, NAME.0 and NAME.1, each "SS" + data + "!": SS its generation (16
//   bits, two chars), "!" written last, in a separate write, so a slot cut short by a power
//   loss ends in the 0xFF of unwritten flash and is ignored. A new version goes in the other
//   slot with the next generation; only once it is complete is the old slot erased. Reading
//   takes the newest complete slot.
// - appending to a file adds a chunk NAME+1, NAME+2, ... ("SS" of the slot it extends + data +
//   "!"): a file that grows is never rewritten, and a chunk cut short, or left from an older
//   generation, ends the file there. Past MAX_CHUNKS the file is rewritten whole into one slot.
// - the index ("mpjs.i", JSON {n: next id, e: {path: 0 for a directory or a file id}}) changes
//   on create, remove, rename, mkdir, rmdir; a file's content lives under "mpjs.f" + id (in
//   base 36), so any path of any length fits. Pieces no index entry names (left by a power
//   loss) are erased when the storage is first used.

import { Storage } from "../../src/embed";

const MAX_CHUNKS = 8;
const ENOENT = 2,
  EIO = 5,
  ENOSPC = 28;

interface Slot {
  gen: number;
  data: string;
  which: number; // 0 or 1
}

// S: the object require("Storage") gives (or a simulation of it).
export function flashStorage(S: any): Storage {
  var index: any = null;

  function genOf(s: string): number {
    return (s.charCodeAt(0) << 8) | s.charCodeAt(1);
  }
  function genChars(g: number): string {
    return String.fromCharCode((g >> 8) & 255, g & 255);
  }
  // "SS" + data + "!", complete, or null
  function readPiece(name: string): string | null {
    var s = S.read(name);
    if (typeof s !== "string" || s.length < 3 || s.charAt(s.length - 1) !== "!") return null;
    return s;
  }
  function newest(base: string): Slot | null {
    var best: Slot | null = null;
    for (var k = 0; k < 2; k++) {
      var s = readPiece(base + "." + k);
      if (s === null) continue;
      var g = genOf(s);
      // the newer of two generations, modulo 2^16
      if (best === null || ((g - best.gen) & 0xffff) < 0x8000) best = { gen: g, data: s, which: k };
    }
    return best;
  }
  // Writes a piece, its "!" last; false when the storage is full.
  function writePiece(name: string, gen: number, data: string): boolean {
    var need = data.length + 3;
    if (typeof S.getFree === "function" && S.getFree() < need + 64) {
      if (typeof S.compact === "function") S.compact();
      if (S.getFree() < need + 64) return false;
    }
    S.erase(name);
    if (!S.write(name, genChars(gen) + data, 0, need)) return false;
    return !!S.write(name, "!", need - 1);
  }
  // The data of a complete piece, between its "SS" and its "!".
  function dataOf(piece: string): string {
    return piece.substring(2, piece.length - 1);
  }
  // The data of the chunks of the slot of generation gen, in order.
  function chunks(base: string, gen: number): string[] {
    var out: string[] = [];
    for (var k = 1; ; k++) {
      var c = readPiece(base + "+" + k);
      if (c === null || genOf(c) !== gen) return out;
      out.push(dataOf(c));
    }
  }
  function eraseChunks(base: string, from: number): void {
    for (var k = from; S.read(base + "+" + k) !== undefined; k++) S.erase(base + "+" + k);
  }
  // The whole content of a record, or null.
  function readRecord(base: string): string | null {
    var s = newest(base);
    return s === null ? null : dataOf(s.data) + chunks(base, s.gen).join("");
  }
  function writeRecord(base: string, data: string): number {
    var s = newest(base);
    var other = s === null ? 0 : 1 - s.which;
    if (!writePiece(base + "." + other, s === null ? 0 : (s.gen + 1) & 0xffff, data)) {
      S.erase(base + "." + other);
      return ENOSPC;
    }
    if (s !== null) S.erase(base + "." + s.which);
    eraseChunks(base, 1);
    return 0;
  }
  function appendRecord(base: string, data: string): number {
    var s = newest(base);
    if (s === null) return writeRecord(base, data);
    var n = chunks(base, s.gen).length;
    if (n >= MAX_CHUNKS) return writeRecord(base, readRecord(base) + data);
    var name = base + "+" + (n + 1);
    if (!writePiece(name, s.gen, data)) {
      S.erase(name);
      return ENOSPC;
    }
    eraseChunks(base, n + 2);
    return 0;
  }
  function eraseRecord(base: string): void {
    S.erase(base + ".0");
    S.erase(base + ".1");
    eraseChunks(base, 1);
  }

  function fileBase(id: number): string {
    return "mpjs.f" + id.toString(36);
  }
  // The index, loaded at first use, when the pieces no entry names are erased.
  function idx(): any {
    if (index !== null) return index;
    var text = readRecord("mpjs.i");
    index = text === null ? { n: 1, e: { "/": 0 } } : JSON.parse(text);
    var used: { [name: string]: boolean } = {};
    for (var p in index.e) if (index.e[p]) used[fileBase(index.e[p])] = true;
    var names: string[] = S.list(/^mpjs\.f/);
    for (var k = 0; k < names.length; k++) {
      var m = /^(mpjs\.f[0-9a-z]+)[.+]/.exec(names[k]);
      if (m && !used[m[1]]) S.erase(names[k]);
    }
    return index;
  }
  function saveIndex(): number {
    return writeRecord("mpjs.i", JSON.stringify(index));
  }
  // Runs fn, turning an exception from the engine's storage into EIO.
  function guard(fn: () => number): number {
    try {
      return fn();
    } catch (e) {
      index = null;
      return EIO;
    }
  }
  // -1: no entry; 0: a directory; else the file's id. (Every path begins with "/", so none is
  // the name of an inherited property.)
  function fileId(p: string): number {
    var id = idx().e[p];
    return id === undefined ? -1 : id;
  }
  function size(id: number): number {
    var t = readRecord(fileBase(id));
    return t === null ? 0 : t.length;
  }
  // A new file: its content under a fresh id first, then the index entry that names it (a power
  // loss in between leaves pieces no entry names, erased at the next start).
  function create(p: string, data: string, append: boolean): number {
    var ix = idx();
    var id = ix.n;
    var err = append ? appendRecord(fileBase(id), data) : writeRecord(fileBase(id), data);
    if (err) return err;
    ix.e[p] = id;
    ix.n = id + 1;
    err = saveIndex();
    if (err) {
      delete ix.e[p];
      ix.n = id;
      eraseRecord(fileBase(id));
    }
    return err;
  }

  return {
    read: function (p) {
      var id = fileId(p);
      if (id <= 0) return null;
      var t = readRecord(fileBase(id));
      return t === null ? "" : t;
    },
    write: function (p, data) {
      return guard(function () {
        return fileId(p) < 0 ? create(p, data, false) : writeRecord(fileBase(fileId(p)), data);
      });
    },
    append: function (p, data) {
      return guard(function () {
        return fileId(p) < 0 ? create(p, data, true) : appendRecord(fileBase(fileId(p)), data);
      });
    },
    stat: function (p) {
      var id = fileId(p);
      return id < 0 ? -1 : id === 0 ? -2 : size(id);
    },
    list: function (p) {
      var out: string[] = [];
      var pre = p === "/" ? "/" : p + "/";
      for (var q in idx().e) if (q.length > pre.length && q.substring(0, pre.length) === pre && q.indexOf("/", pre.length) < 0) out.push(q.substring(pre.length));
      return out;
    },
    mkdir: function (p) {
      return guard(function () {
        idx().e[p] = 0;
        var err = saveIndex();
        if (err) delete index.e[p];
        return err;
      });
    },
    rmdir: function (p) {
      return guard(function () {
        delete idx().e[p];
        return saveIndex();
      });
    },
    remove: function (p) {
      return guard(function () {
        var id = fileId(p);
        if (id <= 0) return ENOENT;
        delete index.e[p];
        var err = saveIndex();
        if (!err) eraseRecord(fileBase(id));
        return err;
      });
    },
    rename: function (from, to) {
      return guard(function () {
        var e = idx().e;
        var dropped = fileId(to);
        var moved: { [p: string]: number } = {};
        for (var q in e) if (q === from || q.indexOf(from + "/") === 0) moved[to + q.substring(from.length)] = e[q];
        for (var q2 in e) if (q2 === from || q2.indexOf(from + "/") === 0) delete e[q2];
        for (var q3 in moved) e[q3] = moved[q3];
        var err = saveIndex();
        if (err) index = null;
        else if (dropped > 0) eraseRecord(fileBase(dropped));
        return err;
      });
    },
    statvfs: function () {
      var free = typeof S.getFree === "function" ? S.getFree() : 0;
      var st = typeof S.getStats === "function" ? S.getStats() : null;
      var total = st && st.totalBytes ? st.totalBytes : free;
      return [4096, Math.floor(total / 4096), Math.floor(free / 4096)];
    },
  };
}
