// An in-memory board storage for the tests (the Storage of src/embed.ts).
import { Storage } from "../../src/embed";

// A storage in a JS object: files as binary strings, directories as true. It records every call
// that changes something, and refuses to hold more than `capacity` bytes (ENOSPC).
export function memStorage(capacity = 1 << 20) {
  const files: { [p: string]: string | true } = { "/": true };
  const log: string[] = [];
  const used = () => Object.keys(files).reduce((n, k) => n + (files[k] === true ? 0 : (files[k] as string).length), 0);
  const s: Storage = {
    read: (p) => (typeof files[p] === "string" ? (files[p] as string) : null),
    write: (p, d) => {
      log.push("write " + p + " " + JSON.stringify(d));
      if (used() - (typeof files[p] === "string" ? (files[p] as string).length : 0) + d.length > capacity) return 28;
      files[p] = d;
      return 0;
    },
    append: (p, d) => {
      log.push("append " + p + " " + JSON.stringify(d));
      if (used() + d.length > capacity) return 28;
      files[p] = (typeof files[p] === "string" ? files[p] : "") + d;
      return 0;
    },
    stat: (p) => (files[p] === undefined ? -1 : files[p] === true ? -2 : (files[p] as string).length),
    list: (p) => Object.keys(files).filter((k) => k !== "/" && k.substring(0, k.lastIndexOf("/")) === (p === "/" ? "" : p)).map((k) => k.substring(k.lastIndexOf("/") + 1)),
    mkdir: (p) => ((files[p] = true), 0),
    rmdir: (p) => (delete files[p], 0),
    remove: (p) => (delete files[p], 0),
    rename: (a, b) => {
      for (const k of Object.keys(files))
        if (k === a || k.indexOf(a + "/") === 0) {
          files[b + k.substring(a.length)] = files[k];
          delete files[k];
        }
      return 0;
    },
    statvfs: () => [512, capacity >> 9, (capacity - used()) >> 9],
  };
  return { storage: s, files, log };
}
