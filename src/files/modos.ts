// os (and uos): MicroPython's file-system functions over the target's storage (storage.ts), plus
// uname, urandom, sync and sep.

import { i32, pushRoot, popRoots, u8 } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, defType, newTypeIndex, TYPES, newStr, newList, listAppend, mkInt, toJs, isStr, typeError, typeName, typeOf, newStrRaw, strDone } from "../core/obj";
import { qv, getIter, reprOf } from "../core/runtime";
import { qstrStr as qstrName } from "../core/qstr";
import { tupleOf, toInt, retNone, named } from "../builtins/modutil";
import { storage, check, osError, absPath, needParentDir, needDir, getCwd, setCwd, ENOENT, ENOTDIR, EISDIR, EEXIST, ENOTEMPTY, EINVAL } from "../builtins/storage";

// the absolute path argument k (default ".")
function pathArg(a: number, n: number, k: number): string {
  if (k >= n) return absPath(".");
  const v = i32[a + k];
  if (!isStr(v)) typeError("can't convert '" + typeName(typeOf(v)) + "' object to str implicitly");
  return absPath(toJs(v));
}

// path argument k, raising ENOENT when nothing is there
function existing(a: number, n: number, k: number): string {
  const s = storage();
  const p = pathArg(a, n, k);
  if (s.stat(p) === -1) osError(ENOENT);
  return p;
}

// The entries of directory argument 0, sorted: their names (listdir), or with `full` the tuples
// (name, type, inode, size) MicroPython's VFS gives (ilistdir).
function dirList(a: number, n: number, full: boolean): number {
  const s = storage();
  const dir = pathArg(a, n, 0);
  needDir(s, dir);
  const names = s.list(dir).sort();
  const l = newList(0);
  pushRoot(l);
  for (let k = 0; k < names.length; k++) {
    const name = newStr(names[k]);
    if (full) {
      pushRoot(name);
      const st = s.stat(absPath(dir + "/" + names[k]));
      listAppend(l, tupleOf([name, mkInt(st === -2 ? 0x4000 : 0x8000), mkInt(0), mkInt(st < 0 ? 0 : st)]));
      popRoots(1);
    } else listAppend(l, name);
  }
  popRoots(1);
  return l;
}

const LISTDIR = defNative(Q.listdir, 0, 1, function (a, n) {
  return dirList(a, n, false);
});

const ILISTDIR = defNative(Q.ilistdir, 0, 1, function (a, n) {
  return getIter(dirList(a, n, true));
});

const MKDIR = defNative(Q.mkdir, 1, 2, function (a, n) {
  const s = storage();
  const p = pathArg(a, n, 0);
  if (s.stat(p) !== -1) osError(EEXIST);
  needParentDir(s, p);
  check(s.mkdir(p));
  return C.None;
});

const RMDIR = defNative(Q.rmdir, 1, 1, function (a, n) {
  const s = storage();
  const p = pathArg(a, n, 0);
  needDir(s, p);
  if (p === "/" || p === getCwd()) osError(EINVAL);
  if (s.list(p).length) osError(ENOTEMPTY);
  check(s.rmdir(p));
  return C.None;
});

const REMOVE = defNative(Q.remove, 1, 1, function (a, n) {
  const p = existing(a, n, 0);
  const s = storage();
  if (s.stat(p) === -2) osError(EISDIR);
  check(s.remove(p));
  return C.None;
});

const RENAME = defNative(Q.rename, 2, 2, function (a, n) {
  const from = existing(a, n, 0);
  const to = pathArg(a, n, 1);
  const s = storage();
  needParentDir(s, to);
  const dir = s.stat(from) === -2;
  const st = s.stat(to);
  if (dir && (to + "/").indexOf(from + "/") === 0 && to !== from) osError(EINVAL);
  if (st === -2 && !dir) osError(EISDIR);
  if (st >= 0 && dir) osError(ENOTDIR);
  if (st === -2 && s.list(to).length) osError(ENOTEMPTY);
  if (from !== to) check(s.rename(from, to));
  return C.None;
});

// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
const STAT = defNative(Q.stat, 1, 1, function (a, n) {
  const st = storage().stat(existing(a, n, 0));
  return tupleOf([st === -2 ? 0x4000 : 0x8000, 0, 0, 0, 0, 0, st < 0 ? 0 : st, 0, 0, 0].map(mkInt));
});

// (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax)
const STATVFS = defNative(Q.statvfs, 1, 1, function (a, n) {
  existing(a, n, 0);
  const v = storage().statvfs();
  return tupleOf([v[0], v[0], v[1], v[2], v[2], 0, 0, 0, 0, 255].map(mkInt));
});

const GETCWD = defNative(Q.getcwd, 0, 0, function () {
  storage();
  return newStr(getCwd());
});

const CHDIR = defNative(Q.chdir, 1, 1, function (a, n) {
  const s = storage();
  const p = pathArg(a, n, 0);
  needDir(s, p);
  setCwd(p);
  return C.None;
});

const SYNC = defNative(Q.sync, 0, 0, retNone);

const URANDOM = defNative(Q.urandom, 1, 1, function (a) {
  const n = toInt(i32[a]);
  if (n < 0) osError(EINVAL);
  const b = newStrRaw(TV.bytes, n);
  for (let k = 0; k < n; k++) u8[b + 16 + k] = Math.floor(Math.random() * 256);
  return strDone(b);
});

// uname(): a tuple whose items are also attributes, as MicroPython's attrtuple
const T_UNAME = newTypeIndex();
const UNAME_FIELDS = [Q.sysname, Q.nodename, Q.release, Q.version, Q.machine];
const UNAME = defNative(Q.uname, 0, 0, function () {
  const vals = ["mpjs", "mpjs", "0.1.0", "0.1.0 on " + MPJS_BUILD_DATE, "mpjs with " + MPJS_TARGET];
  const t = tupleOf([qv(Q.empty), qv(Q.empty), qv(Q.empty), qv(Q.empty), qv(Q.empty)]);
  pushRoot(t);
  for (let k = 0; k < 5; k++) i32[(t >> 2) + 2 + k] = newStr(vals[k]);
  popRoots(1);
  i32[t >> 2] = tv(T_UNAME);
  return t;
});

// uname()'s type, made at the first import of os
function makeUnameType(): void {
  const tuple = TYPES[T.tuple];
  defType(T_UNAME, Q.tuple, TV.tuple, {
    getitem: tuple.getitem,
    len: tuple.len,
    iter: tuple.iter,
    eq: tuple.eq,
    hash: tuple.hash,
    attr: function (v, q) {
      for (let k = 0; k < 5; k++) if (q === qv(UNAME_FIELDS[k])) return i32[(v >> 2) + 2 + k];
      return 0;
    },
    repr: function (v) {
      let s = "(";
      for (let k = 0; k < 5; k++) s += (k ? ", " : "") + qstrName(UNAME_FIELDS[k]) + "=" + reprOf(i32[(v >> 2) + 2 + k]);
      return s + ")";
    },
  });
}

// os's module table (defModule's, modules-all.ts)
export function osTable(): number[] {
  if (!TYPES[T_UNAME]) makeUnameType();
  return named([LISTDIR, ILISTDIR, MKDIR, RMDIR, REMOVE, RENAME, STAT, STATVFS, GETCWD, CHDIR, SYNC, URANDOM, UNAME]).concat([qv(Q.sep), newStr("/")]);
}
