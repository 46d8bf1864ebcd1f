// The Node bundle: the `mpjs` command (like MicroPython's unix `micropython`), and, when
// required as a module, the same embedding API as the engine bundles (also set as global.mpjs).
//
//   mpjs [-X heapsize=N[k|m]] [-X gcstress] [--root DIR] [-i] [--serial] [-c CODE | -m MODULE | FILE.py] [args]
//   mpjs compile FILE.py [-o FILE.mpb]
//
// FILE.py, MODULE or CODE runs as __main__: output on stdout, the traceback of an uncaught
// exception on stderr and exit status 1; -i then starts the REPL. With none of them,
// mpjs.start(): boot.py and main.py from the board's files, then the REPL on the terminal
// (raw mode) or, with --serial, on stdin/stdout as a board's serial port; a program piped to
// stdin without --serial just runs. The board's files (open, os, import) are the folder DIR,
// by default the current directory.

import { makeApi, StartOptions } from "../common/api";
import { Terminal } from "../common/repl";
import { deployMain } from "./deploy";
import { buildMain } from "./build";
import { createBoard, Board, nodeDelay } from "./board";
import { Hal } from "../../src/machine/hal";
// the same fs storage as IoT.js (targets/jerryscript, where its property names are kept)
import { fsStorage } from "../jerryscript/fsstorage";
import { compileToMpb } from "../../src/core/code";
import { PySyntaxError } from "../../src/core/obj";

declare var require: any;
declare var process: any;
declare var module: any;
declare var global: any;
declare var setTimeout: any;
declare var setImmediate: any;
declare var Buffer: any;

var fs = require("fs");
declare var clearTimeout: any;

var scriptRunning = false;
var scriptEnded = false;
var stdinUsed = false;

// the folder that is the board's "/" (--root)
var root = ".";
var storage = fsStorage(
  fs,
  function () {
    var r = require("path").resolve(root);
    return r === "/" ? "" : r;
  },
  function (s: string) {
    return Buffer.from(s, "latin1");
  },
  function (b: any) {
    return b.toString("latin1");
  },
);

function readFile(name: string): string | null {
  try {
    return fs.readFileSync(name, "utf8");
  } catch (e) {
    return null;
  }
}

// --serial: stdin and stdout are a board's serial port (no echo or line discipline of their own).
var serial = false;

// The REPL's console: stdin/stdout as bytes, in raw mode on a terminal. On a terminal (not
// --serial) Ctrl-D and sys.exit() end mpjs, as they end unix micropython.
function terminal(): Terminal {
  var stdin = process.stdin;
  // a terminal gives every key as it comes, Ctrl-C included
  var tty = !!stdin.isTTY;
  if (tty) stdin.setRawMode(true);
  var exit = function () {
    if (tty) stdin.setRawMode(false);
    process.exit(0);
  };
  stdin.on("data", function (b: any) {
    (api.feed as any)(b.toString("latin1"));
  });
  // the other end has gone: leave once what it sent has run (a program reading its input gets
  // EOFError)
  function leave() {
    if (!(api.busy as any)()) process.exit(0);
    setTimeout(leave, 20);
  }
  stdin.on("end", function () {
    (api.input as any)(null);
    leave();
  });
  return {
    send: function (bytes: string) {
      process.stdout.write(Buffer.from(bytes, "latin1"));
    },
    board: "simulated board",
    engine: "Node " + process.version,
    encode: function (text: string) {
      return Buffer.from(text, "utf8").toString("latin1");
    },
    decode: function (bytes: string) {
      return Buffer.from(bytes, "latin1").toString("utf8");
    },
    exit: serial ? undefined : exit,
  };
}

// The simulated board machine drives; setBoard (tests, --board) replaces it before the next init
// (setBoard(false): a host without hardware, where machine raises OSError).
var board: Board = createBoard();

// machine's HAL: the simulated board's, the one in use when a program imports machine
function boardHal(): Hal {
  return board.hal;
}

var host: any = {
    // a serial line ends its lines with \r\n, boot.py's output included
    write: function (s: string) {
      process.stdout.write(serial ? s.replace(/\r?\n/g, "\r\n") : s);
    },
    writeErr: function (s: string) {
      if (serial) process.stdout.write(s.replace(/\r?\n/g, "\r\n"));
      else process.stderr.write(s);
    },
    now: function () {
      return Date.now();
    },
    schedule: function (fn: () => void, ms: number) {
      // after a script, nothing runs (a callback its timer queued before the board stopped)
      if (scriptEnded) return null;
      return ms <= 0 ? setImmediate(fn) : setTimeout(fn, nodeDelay(ms));
    },
    cancel: function (handle: any) {
      clearTimeout(handle);
    },
    // a script's sys.stdin is the process's; the REPL keeps stdin for itself
    startInput: function () {
      if (!scriptRunning) return;
      stdinUsed = true;
      process.stdin.setEncoding("utf8");
      process.stdin.on("data", function (d: string) {
        api.input!(d);
      });
      process.stdin.on("end", function () {
        api.input!(null);
      });
    },
    storage: storage,
    hal: boardHal,
};

function setBoard(desc?: any): Board {
  board.stop();
  board = createBoard(desc || undefined);
  host.hal = desc === false ? undefined : boardHal;
  (api as any).board = board;
  return board;
}

var api = makeApi({
  host: host,
  flush: function () {},
  readFile: function (name: string) {
    var data = storage.read("/" + name);
    return data === null ? null : Buffer.from(data, "latin1").toString("utf8");
  },
  repl: terminal,
});

function usage(): string {
  return (
    "usage: mpjs [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>] [args...]\n" +
    "Options:\n" +
    "-c <command> : run the Python source <command>\n" +
    "-m <module> : import <module> (run a module as a script)\n" +
    "--root <dir> : the folder holding the board's files (default: the current directory)\n" +
    "-i : the REPL after the script has run\n" +
    "--serial : be a board's serial port on stdin/stdout (boot.py, main.py, then the REPL)\n" +
    "--board <file.json> : wire the simulated board as the file describes (README.md)\n" +
    "-h : print this help message\n" +
    "\n" +
    "With no script: boot.py and main.py from the current folder, then the REPL on a terminal;\n" +
    "the program on stdin when stdin is not a terminal.\n" +
    "\n" +
    "Implementation specific options (-X):\n" +
    "  heapsize=<n>[k|m] -- set the Python heap size (default " +
    MPJS_HEAP_DEFAULT +
    " bytes)\n" +
    "  gcstress -- collect at every allocation\n"
  );
}

// "64k" -> 65536; NaN when malformed.
function parseSize(text: string): number {
  var m = /^(\d+)([kKmM]?)$/.exec(text);
  if (!m) return NaN;
  var n = parseInt(m[1], 10);
  if (m[2] === "k" || m[2] === "K") n *= 1024;
  else if (m[2] === "m" || m[2] === "M") n *= 1024 * 1024;
  return n;
}

// The exit status for the text of an uncaught exception: SystemExit's code, else 1.
function exitStatus(err: string): number {
  var m = /^SystemExit(?::\s*(.*))?\s*$/.exec(err);
  if (!m) return 1;
  if (m[1] === undefined || m[1] === "" || m[1] === "None") return 0;
  return /^-?\d+$/.test(m[1]) ? parseInt(m[1], 10) & 255 : 1;
}

function fail(message: string, status: number) {
  process.stderr.write(message);
  process.exitCode = status;
}

// mpjs compile FILE.py [-o OUT.mpb]: the bytecode file `import` loads without compiling.
function compileCommand(args: string[]) {
  var file: string | null = null;
  var out: string | null = null;
  for (var i = 0; i < args.length; i++) {
    if (args[i] === "-o" && i + 1 < args.length) out = args[++i];
    else if (file === null && args[i].charAt(0) !== "-") file = args[i];
    else return fail("usage: mpjs compile FILE.py [-o FILE.mpb]\n", 2);
  }
  if (file === null) return fail("usage: mpjs compile FILE.py [-o FILE.mpb]\n", 2);
  var source = readFile(file);
  if (source === null) return fail("mpjs: can't open file '" + file + "': [Errno 2] No such file or directory\n", 2);
  api.init();
  var name = file.replace(/^.*\//, "");
  try {
    fs.writeFileSync(out !== null ? out : file.replace(/\.py$/, "") + ".mpb", compileToMpb(source, name));
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    fail('Traceback (most recent call last):\n  File "' + name + '", line ' + e.line + "\n" + (e.indent ? "IndentationError: " : "SyntaxError: ") + e.msg + "\n", 1);
  }
}

function main(argv: string[]) {
  if (argv[0] === "compile") return compileCommand(argv.slice(1));
  var heapSize: number | undefined = undefined;
  var gcStress = false;
  var inspect = false;
  var code: string | null = null;
  var mod: string | null = null;
  var file: string | null = null;
  var i = 0;
  while (i < argv.length && code === null && mod === null && file === null) {
    var a = argv[i++];
    if (a === "-c" && i < argv.length) {
      code = argv[i++];
    } else if (a === "-m" && i < argv.length) {
      mod = argv[i++];
    } else if (a === "-i") {
      inspect = true;
    } else if (a === "--serial") {
      serial = true;
    } else if (a === "-X" && i < argv.length) {
      var x = argv[i++];
      if (x.indexOf("heapsize=") === 0) {
        heapSize = parseSize(x.substring(9));
        if (!(heapSize > 0)) return fail("mpjs: bad heapsize: " + x.substring(9) + "\n", 1);
      } else if (x === "gcstress") {
        gcStress = true;
      } else {
        return fail("mpjs: unknown -X option: " + x + "\n" + usage(), 1);
      }
    } else if (a === "--root" && i < argv.length) {
      root = argv[i++];
      if (storage.stat("/") !== -2) return fail("mpjs: --root: not a directory: " + root + "\n", 1);
    } else if (a === "--board" && i < argv.length) {
      var text = readFile(argv[i++]);
      if (text === null) return fail("mpjs: can't open board file\n", 2);
      setBoard(JSON.parse(text));
    } else if (a === "-h" || a === "--help") {
      process.stdout.write(usage());
      return;
    } else if (a.length > 1 && a.charAt(0) === "-") {
      return fail("mpjs: unknown option: " + a + "\n" + usage(), 1);
    } else {
      file = a;
    }
  }
  var options: StartOptions = { heapSize: heapSize, gcStress: gcStress, argv: [file !== null ? file : mod !== null ? mod : ""].concat(argv.slice(i)), mainModule: mod || undefined };
  var source = code;
  if (file !== null) {
    source = readFile(file);
    if (source === null) {
      return fail("mpjs: can't open file '" + file + "': [Errno 2] No such file or directory\n", 2);
    }
  } else if (mod !== null) {
    // through the module system (sys.path, packages), as micropython -m does
    source = "import " + mod + "\n";
  } else if (code === null) {
    if (serial || process.stdin.isTTY) return api.start(options);
    // a program piped in, as unix micropython runs one
    source = fs.readFileSync(0, "utf8");
  }
  api.init(options);
  scriptRunning = true;
  // Ctrl-C raises KeyboardInterrupt in the program, as in MicroPython; a second one, while the
  // first is still unanswered, ends the process.
  var interrupted = false;
  process.on("SIGINT", function () {
    if (interrupted) process.exit(130);
    interrupted = true;
    api.interrupt();
  });
  api.exec(
    source as string,
    function (err: string | null) {
      process.removeAllListeners("SIGINT");
      scriptRunning = false;
      if (inspect) (api.repl as any)(options);
      else {
        if (err !== null) process.exitCode = exitStatus(err);
        // input nobody will read must not keep the process alive
        if (stdinUsed) process.stdin.destroy();
        // the board stops with the program (its timers would keep the process alive)
        board.stop();
        scriptEnded = true;
      }
    },
    file !== null ? file : "<stdin>",
  );
}

(api as any).board = board;
(api as any).setBoard = setBoard;
global.mpjs = api;

if (typeof require !== "undefined" && require.main === module) {
  // the other end of stdout has gone (a pipe closed, a serial client left): end quietly
  process.stdout.on("error", function (e: any) {
    if (e && e.code === "EPIPE") process.exit(0);
    throw e;
  });
  if (process.argv[2] === "deploy") deployMain(process.argv.slice(3));
  else if (process.argv[2] === "build") buildMain(process.argv.slice(3));
  else main(process.argv.slice(2));
}

export default api;
