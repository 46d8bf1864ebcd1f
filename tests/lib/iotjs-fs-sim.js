// An in-memory stand-in for IoT.js's require("fs") (and Buffer where the engine has none), in
// plain ES5, so that the jerryscript bundle's files (targets/common/fsstorage.ts) run in the
// restricted realm and on Duktape. Only the synchronous calls fsstorage.ts makes are here; they
// throw errors with a `code` as Node's and IoT.js's do.
//
// Power losses, as tests/lib/espruino-storage-sim.js simulates them for Espruino's flash: every
// change to the folder is a step (fs.steps counts them); with fs.failAt = n, step n happens only
// in part (a write stores the first half of its data, anything else does nothing) and the power
// is lost: every later call throws until fs.reboot().

if (typeof Buffer === "undefined") {
  // eslint-disable-next-line no-var
  var Buffer = function (bytes) {
    this.length = bytes.length;
    for (var i = 0; i < bytes.length; i++) this[i] = bytes[i] & 255;
  };
}

function makeFsSim() {
  var nodes = { "/": true }; // path -> true (a directory) or a string of one char per byte
  var fds = [];
  var fs;
  function check() {
    if (fs.dead) throw new Error("power lost");
  }
  // true when the step happens in full; false when it is the one the power is lost in
  function step() {
    check();
    fs.steps++;
    if (fs.failAt !== 0 && fs.steps === fs.failAt) {
      fs.dead = true;
      return false;
    }
    return true;
  }
  function lost() {
    throw new Error("power lost");
  }
  function norm(p) {
    check();
    p = String(p);
    if (p.charAt(0) === ".") p = p.substring(1);
    if (p.length > 1 && p.charAt(p.length - 1) === "/") p = p.substring(0, p.length - 1);
    return p === "" ? "/" : p;
  }
  function fail(code) {
    var e = new Error(code);
    e.code = code;
    throw e;
  }
  function parent(p) {
    var i = p.lastIndexOf("/");
    return i <= 0 ? "/" : p.substring(0, i);
  }
  function needParent(p) {
    var d = nodes[parent(p)];
    if (d === undefined) fail("ENOENT");
    if (d !== true) fail("ENOTDIR");
  }
  function text(buf) {
    var s = "";
    for (var i = 0; i < buf.length; i++) s += String.fromCharCode(buf[i]);
    return s;
  }
  function children(p) {
    var out = [];
    var pre = p === "/" ? "/" : p + "/";
    for (var k in nodes) if (k !== "/" && k.substring(0, pre.length) === pre && k.indexOf("/", pre.length) < 0) out.push(k.substring(pre.length));
    return out;
  }
  fs = {
    steps: 0,
    failAt: 0,
    dead: false,
    reboot: function () {
      fs.dead = false;
      fs.failAt = 0;
      fds = [];
    },
    readFileSync: function (p) {
      p = norm(p);
      if (nodes[p] === undefined) fail("ENOENT");
      if (nodes[p] === true) fail("EISDIR");
      var s = nodes[p];
      var bytes = [];
      for (var i = 0; i < s.length; i++) bytes.push(s.charCodeAt(i));
      return new Buffer(bytes);
    },
    writeFileSync: function (p, buf) {
      p = norm(p);
      needParent(p);
      if (nodes[p] === true) fail("EISDIR");
      var t = text(buf);
      if (step()) nodes[p] = t;
      else {
        nodes[p] = t.substring(0, t.length >> 1);
        lost();
      }
    },
    existsSync: function (p) {
      return nodes[norm(p)] !== undefined;
    },
    statSync: function (p) {
      var n = nodes[norm(p)];
      if (n === undefined) fail("ENOENT");
      return {
        size: n === true ? 0 : n.length,
        isDirectory: function () {
          return n === true;
        },
      };
    },
    readdirSync: function (p) {
      p = norm(p);
      if (nodes[p] !== true) fail(nodes[p] === undefined ? "ENOENT" : "ENOTDIR");
      return children(p);
    },
    mkdirSync: function (p) {
      p = norm(p);
      if (nodes[p] !== undefined) fail("EEXIST");
      needParent(p);
      if (!step()) lost();
      nodes[p] = true;
    },
    rmdirSync: function (p) {
      p = norm(p);
      if (nodes[p] !== true) fail(nodes[p] === undefined ? "ENOENT" : "ENOTDIR");
      if (children(p).length) fail("ENOTEMPTY");
      if (!step()) lost();
      delete nodes[p];
    },
    unlinkSync: function (p) {
      p = norm(p);
      if (nodes[p] === undefined) fail("ENOENT");
      if (nodes[p] === true) fail("EISDIR");
      if (!step()) lost();
      delete nodes[p];
    },
    renameSync: function (a, b) {
      a = norm(a);
      b = norm(b);
      if (nodes[a] === undefined) fail("ENOENT");
      needParent(b);
      if (nodes[b] === true && nodes[a] !== true) fail("EISDIR");
      if (!step()) lost();
      var moved = {};
      for (var k in nodes) if (k === a || k.indexOf(a + "/") === 0) moved[b + k.substring(a.length)] = nodes[k];
      for (var k2 in moved) delete nodes[a + k2.substring(b.length)];
      for (var k3 in moved) nodes[k3] = moved[k3];
    },
    openSync: function (p, mode) {
      p = norm(p);
      needParent(p);
      if (nodes[p] === true) fail("EISDIR");
      if (nodes[p] === undefined || mode === "w") {
        if (!step()) lost();
        nodes[p] = "";
      }
      fds.push(p);
      return fds.length - 1;
    },
    writeSync: function (fd, buf, offset, length) {
      var p = fds[fd];
      if (p === undefined || p === null) fail("EBADF");
      var s = "";
      for (var i = offset; i < offset + length; i++) s += String.fromCharCode(buf[i]);
      var full = step();
      nodes[p] += full ? s : s.substring(0, s.length >> 1);
      if (!full) lost();
      return length;
    },
    closeSync: function (fd) {
      fds[fd] = null;
    },
  };
  return fs;
}

if (typeof module !== "undefined" && module.exports) module.exports = { makeFsSim: makeFsSim };
