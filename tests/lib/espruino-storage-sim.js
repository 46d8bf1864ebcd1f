// A simulation of Espruino's require("Storage") (plain ES5: it runs in the restricted realm and
// on Duktape beside the bundles), with simulated power losses, and the power-loss check of the
// Espruino storage driver (targets/espruino/storage.ts).
//
// What it keeps of the real thing: names of at most 28 characters; a file is created with a size
// and unwritten bytes read as 0xFF; a file is written once (writes at an offset only fill bytes
// still 0xFF); write(name, data) of an existing name erases the old file first, then writes the
// new one; erased files keep their space until compact(); getFree() is what is left at the end.
// Every change to the flash is a step; with failAt = n, step n happens only in part (a write
// stores the first half of its data, an erase does nothing) and the power is lost: every later
// call throws until reboot().

function makeStorageSim(capacity) {
  var HEADER = 32;
  var files = {};
  var order = [];
  var garbage = 0;
  var sim = { steps: 0, failAt: 0, dead: false, capacity: capacity };

  function live() {
    var n = 0;
    for (var k in files) n += files[k].length + HEADER;
    return n;
  }
  function check() {
    if (sim.dead) throw new Error("power lost");
  }
  // true when the step happens in full; false when it is the one the power is lost in
  function step() {
    sim.steps++;
    if (sim.failAt !== 0 && sim.steps === sim.failAt) {
      sim.dead = true;
      return false;
    }
    return true;
  }
  function ff(n) {
    var s = "";
    for (var i = 0; i < n; i++) s += "\xff";
    return s;
  }
  function lost() {
    throw new Error("power lost");
  }
  function checkName(name) {
    if (typeof name !== "string" || name.length === 0 || name.length > 28) throw new Error("Invalid filename");
  }
  function erase(name) {
    if (files[name] === undefined) return;
    if (!step()) lost();
    garbage += files[name].length + HEADER;
    delete files[name];
  }
  function create(name, size, data) {
    if (live() + garbage + size + HEADER > capacity) {
      garbage = 0; // Espruino compacts when it runs out of room
      if (live() + size + HEADER > capacity) return false;
    }
    var full = step();
    var part = full ? data : data.substring(0, data.length >> 1);
    files[name] = part + ff(size - part.length);
    if (!full) lost();
    return true;
  }

  sim.read = function (name, offset, length) {
    check();
    var f = files[name];
    if (f === undefined) return undefined;
    offset = offset || 0;
    return f.substring(offset, length === undefined ? f.length : offset + length);
  };
  sim.write = function (name, data, offset, size) {
    check();
    checkName(name);
    data = String(data);
    if (offset === undefined || offset === 0) {
      var sz = size === undefined ? data.length : size;
      if (data.length > sz) throw new Error("Too much data");
      if (files[name] !== undefined) {
        if (size === undefined && files[name] === data) return true;
        erase(name);
      }
      return create(name, sz, data);
    }
    var f = files[name];
    if (f === undefined) throw new Error("Can't write to an offset in a file that does not exist");
    if (offset + data.length > f.length) throw new Error("Too much data for file size");
    for (var i = 0; i < data.length; i++) if (f.charCodeAt(offset + i) !== 0xff) throw new Error("Can't write to a file that has already been written");
    var full = step();
    var part = full ? data : data.substring(0, data.length >> 1);
    files[name] = f.substring(0, offset) + part + f.substring(offset + part.length);
    if (!full) lost();
    return true;
  };
  sim.erase = function (name) {
    check();
    erase(name);
  };
  sim.list = function (re) {
    check();
    var out = [];
    for (var k in files) if (!re || re.test(k)) out.push(k);
    return out;
  };
  sim.getFree = function () {
    check();
    return capacity - live() - garbage;
  };
  sim.getStats = function () {
    check();
    return { totalBytes: capacity, freeBytes: capacity - live() - garbage, fileBytes: live(), trashBytes: garbage };
  };
  sim.compact = function () {
    check();
    garbage = 0;
  };
  sim.reboot = function () {
    sim.dead = false;
    sim.failAt = 0;
  };
  sim.names = function () {
    var out = [];
    for (var k in files) out.push(k);
    return out.sort();
  };
  return sim;
}

// Runs each scenario with a power loss at each of its steps in turn, then "reboots" (a new driver
// over the same flash) and checks that every file holds its old or its new content. flashStorage
// is the driver's factory, given the simulation newSim() makes (default: Espruino's flash; any
// simulation with steps, failAt and reboot() as makeStorageSim's). Returns the failures found (an empty list when the driver is right),
// and the number of power losses tried.
function powerLossCheck(flashStorage, newSim) {
  if (!newSim)
    newSim = function () {
      return makeStorageSim(64 * 1024);
    };
  var failures = [];
  var tried = 0;
  var LONG = "/a directory with a long name/and a file name well over twenty-eight characters.py";
  function setup(sim) {
    var s = flashStorage(sim);
    s.write("/a.txt", "old content");
    s.mkdir("/a directory with a long name");
    s.write(LONG, "print('long')\n");
    s.write("/log.txt", "line 1\n");
    s.mkdir("/d");
    s.write("/d/f.bin", "\x00\x01\xff\xfe");
    return s;
  }
  // each: [name, what to do, the states allowed afterwards: path -> list of allowed contents (null: absent)]
  var bigOld = "";
  for (var i = 0; i < 40; i++) bigOld += "old line " + i + "\n";
  var scenarios = [
    ["rewrite", function (s) { s.write("/a.txt", "new, longer content"); }, { "/a.txt": ["old content", "new, longer content"] }],
    ["rewrite long name", function (s) { s.write(LONG, "print('new')\n"); }, { "/a directory with a long name/and a file name well over twenty-eight characters.py": ["print('long')\n", "print('new')\n"] }],
    ["create", function (s) { s.write("/new.txt", "fresh"); }, { "/new.txt": [null, "fresh"], "/a.txt": ["old content"] }],
    ["append", function (s) { s.append("/log.txt", "line 2\n"); }, { "/log.txt": ["line 1\n", "line 1\nline 2\n"] }],
    ["appends past the chunk limit", function (s) { for (var k = 2; k <= 12; k++) s.append("/log.txt", "line " + k + "\n"); }, { "/log.txt": (function () {
      var ok = [], t = "line 1\n";
      ok.push(t);
      for (var k = 2; k <= 12; k++) { t += "line " + k + "\n"; ok.push(t); }
      return ok;
    })() }],
    ["append then rewrite", function (s) { s.append("/log.txt", "line 2\n"); s.write("/log.txt", "replaced"); }, { "/log.txt": ["line 1\n", "line 1\nline 2\n", "replaced"] }],
    ["remove", function (s) { s.remove("/d/f.bin"); }, { "/d/f.bin": ["\x00\x01\xff\xfe", null], "/a.txt": ["old content"] }],
    ["rename over a file", function (s) { s.rename("/a.txt", "/log.txt"); }, { "/a.txt": ["old content", null], "/log.txt": ["line 1\n", "old content"] }],
    ["rename a directory", function (s) { s.rename("/d", "/e"); }, { "/d/f.bin": ["\x00\x01\xff\xfe", null], "/e/f.bin": [null, "\x00\x01\xff\xfe"] }],
    ["big rewrite", function (s) { s.write("/a.txt", bigOld); s.write("/a.txt", bigOld + "more\n"); }, { "/a.txt": ["old content", bigOld, bigOld + "more\n"] }],
  ];
  for (var n = 0; n < scenarios.length; n++) {
    var sc = scenarios[n];
    // how many steps the scenario takes when nothing fails
    var sim0 = newSim();
    sc[1](setup(sim0));
    var base = newSim();
    setup(base);
    var steps = sim0.steps - base.steps;
    for (var at = 1; at <= steps + 1; at++) {
      var sim = newSim();
      var s = setup(sim);
      sim.failAt = sim.steps + at;
      tried++;
      try {
        sc[1](s);
      } catch (e) {
        // the power loss (the driver may also have turned it into an errno)
      }
      sim.reboot();
      var after = flashStorage(sim);
      var want = sc[2];
      for (var p in want) {
        var got = after.read(p);
        var okStates = want[p];
        var fine = false;
        for (var j = 0; j < okStates.length; j++) if (okStates[j] === got) fine = true;
        var st = after.stat(p);
        if (fine && (got === null ? st !== -1 : st !== got.length)) fine = false;
        var dir = p.substring(0, p.lastIndexOf("/")) || "/";
        var listed = after.stat(dir) === -2 && after.list(dir).indexOf(p.substring(p.lastIndexOf("/") + 1)) >= 0;
        if (fine && listed !== (got !== null)) fine = false;
        if (!fine) failures.push(sc[0] + ": power lost at step " + at + " of " + steps + ": " + p + " = " + JSON.stringify(got) + " (stat " + st + ", listed " + listed + ")");
      }
      // the storage still works after the reboot
      if (after.write("/after.txt", "ok") !== 0 || after.read("/after.txt") !== "ok") failures.push(sc[0] + ": step " + at + ": cannot write after the reboot");
    }
  }
  return { failures: failures, tried: tried };
}

if (typeof module !== "undefined" && module.exports) module.exports = { makeStorageSim: makeStorageSim, powerLossCheck: powerLossCheck };
