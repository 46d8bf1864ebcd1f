// The simulated board's files on Node: a real folder (the root, `--root DIR`, by default the
// current directory) seen as the board's "/". The interpreter hands over normalised absolute
// paths (no "." or ".." parts), so a path cannot climb out of the root.
// Whole-file writes go to a temporary file in the same folder, then rename over the target: the
// file holds its old or its new content whatever happens in between.

import { Storage } from "../../src/embed";

declare var require: any;
declare var process: any;
declare var Buffer: any;

var fs = require("fs");
var pathMod = require("path");

var ERRNO: { [code: string]: number } = { ENOENT: 2, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENOSPC: 28, ENOTEMPTY: 39 };

function errno(e: any): number {
  return (e && ERRNO[e.code]) || 5; // EIO
}

// Runs fn and answers 0, or the errno of what it threw.
function attempt(fn: () => void): number {
  try {
    fn();
    return 0;
  } catch (e) {
    return errno(e);
  }
}

var tmpCount = 0;

// root: a function giving the folder, read at every call (the command line sets it after start)
export function folderStorage(root: () => string): Storage {
  function real(p: string): string {
    var r = pathMod.resolve(root());
    return p === "/" ? r : pathMod.join(r, p);
  }
  return {
    read: function (p) {
      try {
        return fs.readFileSync(real(p)).toString("latin1");
      } catch (e) {
        return null;
      }
    },
    write: function (p, data) {
      var target = real(p);
      var tmp = pathMod.join(pathMod.dirname(target), ".mpjs-tmp-" + process.pid + "-" + tmpCount++);
      return attempt(function () {
        try {
          fs.writeFileSync(tmp, Buffer.from(data, "latin1"));
          fs.renameSync(tmp, target);
        } catch (e) {
          try {
            fs.unlinkSync(tmp);
          } catch (e2) {
            // already gone
          }
          throw e;
        }
      });
    },
    append: function (p, data) {
      return attempt(function () {
        fs.appendFileSync(real(p), Buffer.from(data, "latin1"));
      });
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
        return fs.readdirSync(real(p));
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
