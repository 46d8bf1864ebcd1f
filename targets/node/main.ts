// The Node bundle: the `mpjs` command (like MicroPython's unix `micropython`), and, when
// required as a module, the same embedding API as the engine bundles (also set as global.mpjs).
//
//   mpjs [-X heapsize=N[k|m]] [-X gcstress] [-c CODE | FILE.py]
//
// FILE.py or CODE runs as __main__: output on stdout, the traceback of an uncaught exception on
// stderr and exit status 1. With neither, mpjs.start(): boot.py and main.py from the current
// directory, then a line REPL on stdin.

import { banner, makeApi, MpjsApi } from "../common/api";
import { lineRepl } from "../common/repl";
import { createBoard, Board } from "./board";

declare var require: any;
declare var process: any;
declare var module: any;
declare var global: any;
declare var setTimeout: any;
declare var setImmediate: any;

var fs = require("fs");
declare var clearTimeout: any;

var scriptRunning = false;
var stdinUsed = false;

function readFile(name: string): string | null {
  try {
    return fs.readFileSync(name, "utf8");
  } catch (e) {
    return null;
  }
}

function startRepl(api: MpjsApi) {
  var readline = require("readline");
  var tty = !!process.stdin.isTTY;
  var rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
  var r = lineRepl(api, function (p: string) {
    rl.setPrompt(p);
    rl.prompt();
  });
  process.stdout.write(banner("simulated board", "Node " + process.version) + '\nType "help()" for more information.\n');
  rl.on("line", function (text: string) {
    r.line(text);
  });
  rl.on("SIGINT", function () {
    process.stdout.write("\n");
    r.cancel();
  });
  rl.on("close", function () {
    r.end(function () {
      process.stdout.write("\n");
    });
  });
  r.begin();
}

// The simulated board machine drives; setBoard (tests, --board) replaces it before the next init
// (setBoard(false): a host without hardware, where machine raises OSError).
var board: Board = createBoard();

var host: any = {
    write: function (s: string) {
      process.stdout.write(s);
    },
    writeErr: function (s: string) {
      process.stderr.write(s);
    },
    now: function () {
      return Date.now();
    },
    schedule: function (fn: () => void, ms: number) {
      return ms <= 0 ? setImmediate(fn) : setTimeout(fn, ms);
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
    hal: board.hal,
};

function setBoard(desc?: any): Board {
  board.stop();
  board = createBoard(desc || undefined);
  host.hal = desc === false ? undefined : board.hal;
  (api as any).board = board;
  return board;
}

var api = makeApi({
  host: host,
  flush: function () {},
  readFile: readFile,
  repl: startRepl,
});

function usage(): string {
  return (
    "usage: mpjs [<opts>] [-X <implopt>] [-c <command> | <filename>]\n" +
    "Options:\n" +
    "-c <command> : run the Python source <command>\n" +
    "--board <file.json> : wire the simulated board as the file describes (README.md)\n" +
    "-h : print this help message\n" +
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

function main(argv: string[]) {
  var heapSize: number | undefined = undefined;
  var gcStress = false;
  var code: string | null = null;
  var file: string | null = null;
  var i = 0;
  while (i < argv.length && code === null && file === null) {
    var a = argv[i++];
    if (a === "-c" && i < argv.length) {
      code = argv[i++];
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
  var options = { heapSize: heapSize, gcStress: gcStress, argv: [file !== null ? file : ""].concat(argv.slice(i)) };
  if (code === null && file === null) {
    api.start(options);
    return;
  }
  var source = code;
  if (file !== null) {
    source = readFile(file);
    if (source === null) {
      return fail("mpjs: can't open file '" + file + "': [Errno 2] No such file or directory\n", 2);
    }
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
      if (err !== null) process.exitCode = exitStatus(err);
      process.removeAllListeners("SIGINT");
      scriptRunning = false;
      // input nobody will read must not keep the process alive
      if (stdinUsed) process.stdin.destroy();
      // the board stops with the program (its timers would keep the process alive)
      board.stop();
    },
    file !== null ? file : "<stdin>",
  );
}

(api as any).board = board;
(api as any).setBoard = setBoard;
global.mpjs = api;

if (typeof require !== "undefined" && require.main === module) main(process.argv.slice(2));

export default api;
