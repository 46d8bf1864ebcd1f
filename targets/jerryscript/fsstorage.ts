// The board's files in a folder of the host, through a Node-style `fs` (Node's, or IoT.js's on
// JerryScript): the folder (the root) is the board's "/". The interpreter hands over normalised
// absolute paths (no "." or ".." parts), so a path cannot climb out of the root.
// Writes go to a temporary file in the same folder, then rename over the target: the file holds
// its old or its new content whatever happens in between (a power loss leaves at most a hidden
// temporary file). Appends too: an append in place that the power cuts would leave the file
// with part of the new bytes, so an append rewrites the file, at the cost of copying it.

import { Storage } from "../../src/embed";

var ERRNO: { [code: string]: number } = { ENOENT: 2, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENOSPC: 28, ENOTEMPTY: 39 };

// Runs fn and answers 0, or the errno of what it threw (EIO when the engine gives no code).
function attempt(fn: () => void): number {
  try {
    fn();
    return 0;
  } catch (e) {
    var code: string = e ? (e as any).code : "";
    return ERRNO[code] || 5;
  }
}

var tmpCount = 0;
var TMP = ".mpjs-tmp-";

// fs: the engine's module; root(): the folder, read at every call (the command line sets it
// after start), without a trailing "/"; toBuffer/fromBuffer: a string of one char per byte to
// the engine's Buffer and back.
export function fsStorage(fs: any, root: () => string, toBuffer: (s: string) => any, fromBuffer: (b: any) => string): Storage {
  function real(p: string): string {
    return root() + p;
  }
  function read(p: string): string | null {
    try {
      return fromBuffer(fs.readFileSync(real(p)));
    } catch (e) {
      return null;
    }
  }
  function write(p: string, data: string): number {
    var target = real(p);
    var tmp = real(p.substring(0, p.lastIndexOf("/") + 1)) + TMP + new Date().getTime() + "-" + tmpCount++;
    return attempt(function () {
      try {
        fs.writeFileSync(tmp, toBuffer(data));
        fs.renameSync(tmp, target);
      } catch (e) {
        try {
          fs.unlinkSync(tmp);
        } catch (e2) {
          // never made
        }
        throw e;
      }
    });
  }
  return {
    read: read,
    write: write,
    append: function (p, data) {
      var old = read(p);
      return write(p, old === null ? data : old + data);
    },
    stat: function (p) {
      try {
        var st = fs.statSync(real(p));
        return st.isDirectory() ? -2 : st.size;
      } catch (e) {
        return -1;
      }
    },
    list: function (p) {
      try {
        return fs.readdirSync(real(p)).filter(function (name: string) {
          return name.indexOf(TMP) !== 0;
        });
      } catch (e) {
        return [];
      }
    },
    mkdir: function (p) {
      return attempt(function () {
        fs.mkdirSync(real(p));
      });
    },
    rmdir: function (p) {
      return attempt(function () {
        fs.rmdirSync(real(p));
      });
    },
    remove: function (p) {
      return attempt(function () {
        fs.unlinkSync(real(p));
      });
    },
    rename: function (from, to) {
      return attempt(function () {
        fs.renameSync(real(from), real(to));
      });
    },
    statvfs: function () {
      try {
        var s = fs.statfsSync(real("/"));
        return [s.bsize, s.blocks, s.bavail];
      } catch (e) {
        return [4096, 0, 0];
      }
    },
  };
}
