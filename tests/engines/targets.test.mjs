// The target shims around the core: the Node CLI's options, exit statuses and REPL; boot.py and
// main.py through each target's files; the same REPL core on the Espruino console (its takeover,
// with stand-ins for the Espruino globals in the restricted realm), on the JerryScript embedder's
// console and on an IoT.js UART (a stand-in for require("uart")), in the board profile bundles,
// which have the REPL; line buffering on print-style consoles.

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { BUNDLES } from "../lib/corpus.mjs";
import { createRealm } from "../lib/realm.mjs";

function cli(args, { input = "", cwd = process.cwd() } = {}) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BUNDLES.node, ...args], { cwd, timeout: 30000, encoding: "utf8" }, (e, stdout, stderr) => {
      resolve({ stdout, stderr, status: e ? e.code : 0 });
    });
    child.stdin.end(input);
  });
}

function tempDir(files) {
  const dir = mkdtempSync(join(tmpdir(), "mpjs-target-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("node CLI", () => {
  it("-c runs a string", async () => {
    const r = await cli(["-c", "print(1 + 1)"]);
    expect(r.stderr).toBe("");
    expect(r).toMatchObject({ stdout: "2\n", status: 0 });
  });

  it("runs a file; an uncaught exception prints its traceback on stderr and exits 1", async () => {
    const dir = tempDir({ "ok.py": "def f(n):\n    return n * 2\nprint(f(21))\n", "bad.py": "print('before')\nraise ValueError('no')\n" });
    try {
      const ok = await cli([join(dir, "ok.py")]);
      expect(ok).toMatchObject({ stdout: "42\n", stderr: "", status: 0 });
      const bad = await cli([join(dir, "bad.py")]);
      expect(bad.stdout).toBe("before\n");
      expect(bad.stderr).toBe(`Traceback (most recent call last):\n  File "${join(dir, "bad.py")}", line 2, in <module>\nValueError: no\n`);
      expect(bad.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("-X heapsize takes k and m suffixes and rejects nonsense", async () => {
    expect((await cli(["-X", "heapsize=64k", "-c", "print(3)"])).stdout).toBe("3\n");
    expect((await cli(["-X", "heapsize=1m", "-c", "print(4)"])).stdout).toBe("4\n");
    const bad = await cli(["-X", "heapsize=lots", "-c", "print(5)"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad heapsize/);
    expect(bad.stdout).toBe("");
  });

  it("-X gcstress runs the program", async () => {
    expect((await cli(["-X", "gcstress", "-c", "print('x' * 3)"])).stdout).toBe("xxx\n");
  });

  it("Ctrl-C (SIGINT) raises KeyboardInterrupt in the running program", async () => {
    const dir = tempDir({ "loop.py": "print('looping')\nwhile True:\n    pass\n" });
    try {
      const child = execFile(process.execPath, [BUNDLES.node, join(dir, "loop.py")], { timeout: 30000, encoding: "utf8" });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => {
        out += d;
        if (out === "looping\n") setTimeout(() => child.kill("SIGINT"), 200);
      });
      child.stderr.on("data", (d) => (err += d));
      const status = await new Promise((resolve) => child.on("exit", (code) => resolve(code)));
      expect(err).toMatch(/^Traceback \(most recent call last\):\n  File ".*loop\.py", line \d, in <module>\nKeyboardInterrupt(: ?)?\n$/);
      expect(status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a missing file is exit status 2, an unknown option 1", async () => {
    const r = await cli(["no-such-file.py"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/can't open file 'no-such-file.py'/);
    const o = await cli(["--bogus"]);
    expect(o.status).toBe(1);
    expect(o.stderr).toMatch(/unknown option/);
  });

  it("with no script and stdin not a terminal: the program on stdin runs, as unix micropython runs it", async () => {
    const r = await cli([], { input: "print(6 * 7)\nif 1:\n    print('block')\nraise ValueError(3)\n" });
    expect(r.stdout).toBe("42\nblock\n");
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 4, in <module>\nValueError: 3\n');
    expect(r.status).toBe(1);
  });

  it("--serial on pipes: boot.py, main.py, the banner and the REPL with \\r\\n line ends; it leaves when its input ends", async () => {
    const dir = tempDir({ "boot.py": "print('boot')\n", "main.py": "print('main')\n" });
    try {
      const r = await cli(["--serial"], { cwd: dir, input: "print(6 * 7)\rif 1:\r    print('block')\r\r" });
      expect(r.status).toBe(0);
      const lines = r.stdout.split("\r\n");
      expect(lines.slice(0, 2)).toEqual(["boot", "main"]);
      expect(lines[2]).toMatch(/^MicroPython-compatible mpjs 0\.1\.0 on \d{4}-\d\d-\d\d; simulated board with Node v\d+/);
      expect(lines[3]).toBe('Type "help()" for more information.');
      expect(lines.slice(4).join("\n")).toBe(">>> print(6 * 7)\n42\n>>> if 1:\n...     \b\b\b   print('block')\n... \nblock\n>>> ");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("-m imports a module through the module system, as __main__; sys.exit's code is the exit status without a traceback", async () => {
    const dir = tempDir({ "script.py": "import sys, lib\nprint('script', sys.argv[1:], __name__, lib.__name__)\n", "lib.py": "" });
    try {
      expect(await cli(["-m", "script", "a", "b"], { cwd: dir })).toMatchObject({ stdout: "script ['a', 'b'] __main__ lib\n", stderr: "", status: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const r = await cli(["-m", "gc"]);
    expect(r).toMatchObject({ stdout: "", stderr: "", status: 0 });
    const bad = await cli(["-m", "no_such_module"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/ImportError: no module named 'no_such_module'/);
    const exit = await cli(["-c", "import sys\nprint('bye')\nsys.exit(3)"]);
    expect(exit).toMatchObject({ stdout: "bye\n", stderr: "", status: 3 });
  });

  it("a failing boot.py prints its traceback and main.py still runs", async () => {
    const dir = tempDir({ "boot.py": "raise OSError(5)\n", "main.py": "print('main')\n" });
    try {
      const r = await cli(["--serial"], { cwd: dir, input: "" });
      expect(r.stdout).toMatch(/^Traceback \(most recent call last\):\r\n  File "boot.py", line 1, in <module>\r\nOSError: [^\r\n]*5[^\r\n]*\r\nmain\r\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Loads an engine bundle into a fresh restricted realm, with extra globals.
function load(bundle, globals = {}) {
  const realm = createRealm({ timers: false, timeoutMs: 30000 });
  Object.assign(realm.context, globals);
  realm.runScript(new vm.Script(readFileSync(bundle, "utf8"), { filename: bundle }));
  return realm;
}

// the board profile bundles (rollup.config.mjs BOARD_PROFILE), with the REPL
const BOARD = {
  espruino: BUNDLES.espruino.replace(/mpjs\.js$/, "mpjs-board.js"),
  jerryscript: BUNDLES.jerryscript.replace(/mpjs\.js$/, "mpjs-board.js"),
};

// polls until the text that written() gives matches re (a program's output comes on timers)
async function until(written, re) {
  for (let i = 0; i < 200 && !re.test(written()); i++) await new Promise((r) => setTimeout(r, 25));
  return written();
}

describe("engine targets", () => {
  it("espruino default profile: start runs boot.py and main.py from Storage, without the REPL", () => {
    let consoleTaken = 0;
    const files = { "boot.py": "print('boot', end='')\nprint('!')\n", "main.py": "print('main')\n" };
    const realm = load(BUNDLES.espruino, {
      require: () => ({ read: (n) => files[n] }),
      E: { getConsole: () => "USB" },
      LoopbackA: { setConsole: () => consoleTaken++ },
      global: { USB: { write: () => {}, on: () => {} } },
    });
    realm.run("mpjs.start({})");
    expect(realm.stdout()).toBe("boot!\nmain\n");
    expect(realm.run("typeof mpjs.feed")).toBe("undefined");
    expect(consoleTaken).toBe(0);
  });

  it("espruino: the REPL takes the console, boot.py and main.py run on it, then the prompt", () => {
    const written = [];
    const handlers = {};
    const files = { "boot.py": "print('boot', end='')\nprint('!')\n", "main.py": "print('main')\n" };
    let consoleTaken = 0;
    const USB = {
      write: (s) => written.push(s),
      on: (ev, fn) => {
        handlers[ev] = fn;
      },
    };
    const realm = load(BOARD.espruino, {
      require: (name) => {
        expect(name).toBe("Storage");
        return { read: (n) => files[n] };
      },
      E: { getConsole: () => "USB" },
      LoopbackA: { setConsole: () => consoleTaken++ },
      global: { USB },
      process: { env: { BOARD: "ESP32" }, version: "2v29" },
    });
    realm.run("mpjs.start({})");
    expect(realm.stdout()).toBe("");
    expect(consoleTaken).toBe(1);
    expect(typeof handlers.data).toBe("function");
    const BANNER = 'MicroPython-compatible mpjs 0\\.1\\.0 on \\d{4}-\\d\\d-\\d\\d; ESP32 with Espruino 2v29\\r\\nType "help\\(\\)" for more information\\.\\r\\n>>> ';
    const type = (bytes) => {
      written.length = 0;
      realm.call(handlers.data, bytes);
      return written.join("");
    };
    expect(written.join("")).toMatch(new RegExp("^boot!\\r\\nmain\\r\\n" + BANNER + "$"));
    realm.call(handlers.data, "print(1 +");
    expect(type(" 2)\r")).toBe(" 2)\r\n3\r\n>>> ");
    expect(type("ab\x7f\x08\r\n")).toBe("ab\x08\x1b[K\x08\x1b[K\r\n>>> ");
    expect(type("x = 7\r_ = 1\rx * 6\r")).toBe("x = 7\r\n>>> _ = 1\r\n>>> x * 6\r\n42\r\n>>> ");
    expect(type("for i in range(2):\rprint(i)\r\x08\r")).toBe("for i in range(2):\r\n...     print(i)\r\n...     \x08\x08\x08\x08\x1b[K\r\n0\r\n1\r\n>>> ");
    // paste mode, then the raw REPL with raw-paste flow control
    expect(type("\x05print('p')\r\x04")).toBe("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== print('p')\r\n=== \r\np\r\n>>> ");
    expect(type("\x01")).toBe("\r\nraw REPL; CTRL-B to exit\r\n>");
    expect(type("print(x)\x04")).toBe("OK7\r\n\x04\x04>");
    expect(type("\x05A\x01")).toBe("R\x01\x80\x00\x01");
    const code = "y = 0\n" + "y += 1\n".repeat(40) + "print(y)\n";
    expect(type(code)).toBe("\x01".repeat(Math.floor(code.length / 128)));
    expect(type("\x04")).toBe("\x04" + "40\r\n\x04\x04>");
    // Ctrl-D with no code: soft reset (boot.py again, not main.py), fresh globals
    expect(type("\x04")).toBe("OK\r\nMPY: soft reboot\r\nboot!\r\nraw REPL; CTRL-B to exit\r\n>");
    expect(type("print(x)\x04")).toBe('OK\x04Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nNameError: name \'x\' isn\'t defined\r\n\x04>');
    expect(type("\x02")).toMatch(new RegExp("^\\r\\n" + BANNER + "$"));
    // Ctrl-D at the friendly prompt: soft reset with main.py
    expect(type("\x04")).toMatch(new RegExp("^\\r\\nMPY: soft reboot\\r\\nboot!\\r\\nmain\\r\\n" + BANNER + "$"));
  });

  it("jerryscript on Duktape: the REPL core runs on a strict ES5 engine", async () => {
    const dir = tempDir({
      "drive.js":
        "var out = [];\nmpjs.start({ console: function (b) { out.push(b); } });\n" +
        "mpjs.feed('for i in range(2):\\rprint(i * 10)\\r\\x08\\r\\x01print(7)\\x04\\x05A\\x01x = 5\\nprint(x)\\n\\x04');\n" +
        "print(JSON.stringify(out.join('')));\n",
    });
    try {
      const out = await new Promise((resolve, reject) =>
        execFile("duk", [BOARD.jerryscript, join(dir, "drive.js")], { timeout: 60000, encoding: "utf8" }, (e, stdout) => (e ? reject(e) : resolve(stdout))),
      );
      expect(JSON.parse(out)).toMatch(
        /\r\n>>> for i in range\(2\):\r\n\.\.\.     print\(i \* 10\)\r\n\.\.\.     \x08\x08\x08\x08\x1b\[K\r\n0\r\n10\r\n>>> \r\nraw REPL; CTRL-B to exit\r\n>OK7\r\n\x04\x04>R\x01\x80\x00\x01\x045\r\n\x04\x04>$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const target of ["espruino", "jerryscript"]) {
    it(`${target} on Duktape: micropython.opt_level(1) drops the asserts of the code compiled after it`, async () => {
      const programs = ["import micropython\nmicropython.opt_level(1)", "assert False\nprint('dropped')", "micropython.opt_level(0)", "try:\n    assert False\nexcept AssertionError:\n    print('raised')"];
      const dir = tempDir({
        "drive.js": "mpjs.init({});\n" + programs.map((p) => "mpjs.exec(" + JSON.stringify(p) + ", function (e) { if (e !== null) print('error ' + e); });\n").join(""),
      });
      try {
        const out = await new Promise((resolve, reject) =>
          execFile("duk", [BUNDLES[target], join(dir, "drive.js")], { timeout: 60000, encoding: "utf8" }, (e, stdout) => (e ? reject(e) : resolve(stdout))),
        );
        expect(out).toBe("dropped\nraised\n");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it("jerryscript: the embedder's console is start({console}) and mpjs.feed", () => {
    const realm = load(BOARD.jerryscript);
    realm.context.sent = [];
    realm.run("mpjs.start({ console: function (b) { sent.push(b); } })");
    const take = () => {
      const s = realm.run("sent.splice(0, sent.length).join('')");
      return s;
    };
    expect(take()).toMatch(/^MicroPython-compatible mpjs 0\.1\.0 on \d{4}-\d\d-\d\d; JerryScript board with JerryScript\r\nType "help\(\)" for more information\.\r\n>>> $/);
    realm.run("mpjs.feed('[1, 2] * 2\\r')");
    expect(take()).toBe("[1, 2] * 2\r\n[1, 2, 1, 2]\r\n>>> ");
    // Home and End as ESC O H / ESC O F (the minified bundle keeps those escape sequences' names)
    realm.run("mpjs.feed('23)\\x1bOHprint(\\x1bOF\\r')");
    expect(take()).toMatch(/\r\n23\r\n>>> $/);
    realm.run("mpjs.feed('\\x01print(3)\\x04')");
    expect(take()).toBe("\r\nraw REPL; CTRL-B to exit\r\n>OK3\r\n\x04\x04>");
  });

  it("espruino: Ctrl-C on the console raises KeyboardInterrupt in the running program; input() reads the console", async () => {
    const written = [];
    const handlers = {};
    const USB = { write: (s) => written.push(s), on: (ev, fn) => (handlers[ev] = fn), setConsole: () => {} };
    const realm = createRealm({ timers: true, timeoutMs: 30000 });
    Object.assign(realm.context, { E: { getConsole: () => "USB" }, LoopbackA: { setConsole: () => {} }, global: { USB } });
    realm.runScript(new vm.Script(readFileSync(BOARD.espruino, "utf8"), { filename: BOARD.espruino }));
    realm.run("mpjs.start({})");
    written.length = 0;
    realm.call(handlers.data, "while True: pass\r\r");
    await new Promise((r) => setTimeout(r, 300));
    realm.call(handlers.data, "\x03");
    for (let i = 0; i < 100 && !/>>> $/.test(written.join("")); i++) await new Promise((r) => setTimeout(r, 50));
    expect(written.join("")).toMatch(/^while True: pass\r\n\.\.\. \r\nTraceback \(most recent call last\):\r\n  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt(: ?)?\r\n>>> $/);
    // and during a sleep, which the interrupt cuts short
    written.length = 0;
    realm.call(handlers.data, "import time\rtime.sleep(20)\r");
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    realm.call(handlers.data, "\x03");
    for (let i = 0; i < 100 && !/>>> $/.test(written.join("")); i++) await new Promise((r) => setTimeout(r, 50));
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(written.join("")).toMatch(/^import time\r\n>>> time.sleep\(20\)\r\nTraceback \(most recent call last\):\r\n  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt(: ?)?\r\n>>> $/);
    // input() waits for the console's line, echoing it
    written.length = 0;
    realm.call(handlers.data, "n = input('n? ')\r");
    await until(() => written.join(""), /n\? $/);
    realm.call(handlers.data, "4");
    realm.call(handlers.data, "2\r");
    realm.call(handlers.data, "int(n) + 1\r");
    expect(await until(() => written.join(""), /43\r\n>>> $/)).toBe("n = input('n? ')\r\nn? 42\r\n>>> int(n) + 1\r\n43\r\n>>> ");
    realm.kill();
  });

  it("jerryscript under IoT.js: start({uart}) makes the UART the REPL's console; input() reads it", async () => {
    const realm = createRealm({ timers: true, timeoutMs: 30000 });
    // IoT.js's uart module: open(configuration, callback) gives a UARTPort that emits 'data' and
    // has write; the REPL's bytes go out as a Buffer
    realm.context.opened = [];
    realm.context.wire = [];
    realm.run(`
      var port = { listeners: [], on: function (ev, f) { if (ev === "data") this.listeners.push(f); return this; },
        write: function (b) { wire.push(b); } };
      var Buffer = function (bytes) { this.bytes = bytes; this.length = bytes.length; };
      Buffer.prototype.readUInt8 = function (k) { return this.bytes[k]; };
      function require(name) {
        if (name !== "uart") throw new Error("no module " + name);
        return { open: function (config, cb) { opened.push(config); cb(null); return port; } };
      }
      function type(s) { for (var i = 0; i < port.listeners.length; i++) port.listeners[i](s); }
      function received() {
        var s = "";
        for (var i = 0; i < wire.length; i++) for (var k = 0; k < wire[i].length; k++) s += String.fromCharCode(wire[i].readUInt8(k));
        wire.length = 0;
        return s;
      }`);
    realm.runScript(new vm.Script(readFileSync(BOARD.jerryscript, "utf8"), { filename: BOARD.jerryscript }));
    realm.run("mpjs.start({ uart: { device: '/dev/ttyS1', baudRate: 115200 } })");
    let got = "";
    const wire = () => (got += realm.run("received()"));
    const type = (s) => {
      got = "";
      realm.context.typed = s;
      realm.run("type(typed)");
    };
    expect(realm.run("JSON.stringify(opened)")).toBe('[{"device":"/dev/ttyS1","baudRate":115200}]');
    expect(await until(wire, />>> $/)).toMatch(/^MicroPython-compatible mpjs 0\.1\.0 on \d{4}-\d\d-\d\d; JerryScript board with JerryScript\r\nType "help\(\)" for more information\.\r\n>>> $/);
    type("6 * 7\r");
    expect(await until(wire, />>> $/)).toBe("6 * 7\r\n42\r\n>>> ");
    type("print('hi', input('who? '))\r");
    expect(await until(wire, /who\? $/)).toBe("print('hi', input('who? '))\r\nwho? ");
    type("Ada\r");
    expect(await until(wire, />>> $/)).toBe("Ada\r\nhi Ada\r\n>>> ");
    // raw-paste: the window (128) is one byte on the wire
    type("\x01");
    await until(wire, />$/);
    type("\x05A\x01");
    expect(await until(wire, /\x01$/)).toBe("R\x01\x80\x00\x01");
    type("print(1)\n\x04");
    expect(await until(wire, /\x04>$/)).toBe("\x041\r\n\x04\x04>");
    realm.kill();
  });

  it("jerryscript: start runs boot.py and main.py through require('fs') when it exists", () => {
    const files = { "boot.py": "print('boot')\n", "main.py": "print('main')\n" };
    const realm = load(BUNDLES.jerryscript, {
      require: (name) => {
        expect(name).toBe("fs");
        return { existsSync: (n) => n in files, readFileSync: (n) => files[n] };
      },
    });
    realm.run("mpjs.start({})");
    expect(realm.stdout()).toBe("boot\nmain\n");
  });

  for (const target of ["espruino", "jerryscript"]) {
    it(`${target}: partial lines wait for their newline and are flushed before done`, () => {
      const realm = load(BUNDLES[target]);
      realm.context.result = [];
      realm.run("mpjs.exec(\"print('a', end='')\\nprint('b', end='')\\nprint()\\nprint('c', end='')\\n\", function (e) { result.push(e); })");
      expect(realm.stdout()).toBe("ab\nc\n");
      expect(realm.run("result.length + ':' + result[0]")).toBe("1:null");
    });
  }
});
