// The board's file system as the interpreter sees it: the interface a target provides
// (Host.storage in embed.ts) and MicroPython's paths over it ('/'-separated, relative to the
// current directory, which os.chdir changes).
//
// A target's storage is deliberately dumb: it gets absolute, normalised paths ("/", "/lib/a.py")
// and does what it is asked; the checks that make errors MicroPython's (EEXIST, ENOTDIR,
// ENOTEMPTY...) are made here once, for every target.

import { T, tv } from "../core/types";
import { raiseArgs, mkInt } from "../core/obj";

export interface Storage {
  // The whole file, one char per byte (0..255); null when there is no such file.
  read(path: string): string | null;
  // Replaces (or creates) the file with data, atomically: after a crash at any point the file
  // holds its old content or the new one. Returns 0 or an errno (ENOSPC...).
  write(path: string, data: string): number;
  // Adds data at the end of the file (created when absent); 0 or an errno.
  append(path: string, data: string): number;
  // -1: nothing there; -2: a directory; else the size of a file in bytes.
  stat(path: string): number;
  // The names in a directory (not "." nor ".."); the path is known to be a directory.
  list(path: string): string[];
  // The parent is known to be a directory and the path to be free; 0 or an errno.
  mkdir(path: string): number;
  // The path is known to be an empty directory (rmdir) or a file (remove); 0 or an errno.
  rmdir(path: string): number;
  remove(path: string): number;
  // The source exists, the target's parent is a directory; a file at the target is replaced.
  rename(from: string, to: string): number;
  // [block size, total blocks, free blocks], for os.statvfs
  statvfs(): number[];
}

export const ENOENT = 2,
  EIO = 5,
  EBADF = 9,
  EEXIST = 17,
  ENODEV = 19,
  ENOTDIR = 20,
  EISDIR = 21,
  EINVAL = 22,
  ENOSPC = 28,
  ENOTEMPTY = 39;

let store: Storage | null = null;
let cwd = "/";

// Commits what open files hold that the storage has not seen (set by objfile.ts): called before
// every access, so that what a program wrote is what it reads back, closed or not.
let syncHook = function (): void {};
export function setSyncHook(f: () => void): void {
  syncHook = f;
}
export function syncFiles(): void {
  syncHook();
}

export function setStorage(s: Storage | null): void {
  store = s;
  cwd = "/";
}

export function osError(errno: number): never {
  raiseArgs(tv(T.OSError), mkInt(errno));
}

// The target's storage; without one, the error MicroPython gives with no file system mounted.
export function storage(errno?: number): Storage {
  if (store === null) osError(errno || ENODEV);
  syncHook();
  return store;
}

export function hasStorage(): boolean {
  return store !== null;
}

export function check(errno: number): void {
  if (errno !== 0) osError(errno);
}

export function getCwd(): string {
  return cwd;
}

export function setCwd(p: string): void {
  cwd = p;
}

// An absolute path without "", "." and ".." parts: "/" or "/a/b".
export function absPath(p: string): string {
  const parts = (p.charAt(0) === "/" ? p : cwd + "/" + p).split("/");
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const s = parts[k];
    if (s === ".." && out.length) out.pop();
    else if (s !== "" && s !== "." && s !== "..") out.push(s);
  }
  return "/" + out.join("/");
}

export function parentOf(p: string): string {
  const i = p.lastIndexOf("/");
  return i <= 0 ? "/" : p.substring(0, i);
}

// Raises unless absolute path p is a directory (ENOENT when nothing is there, ENOTDIR on a file).
export function needDir(s: Storage, p: string): void {
  const st = s.stat(p);
  if (st !== -2) osError(st === -1 ? ENOENT : ENOTDIR);
}

// Raises unless the parent of absolute path p is a directory.
export function needParentDir(s: Storage, p: string): void {
  needDir(s, parentOf(p));
}
