// The global `mpjs` object every bundle defines (the embedding API, see README.md), built once
// here over what a target provides. Targets are the only code that touches engine globals: they
// hand this file a Platform made of plain functions.

import { create, Host, Mpjs, Options, VERSION } from "../../src/embed";
import { Repl, startRepl, Terminal } from "./repl";

export interface Platform {
  host: Host;
  // Emits what the line writers still hold; called before every done().
  flush(): void;
  // The text of a file on the board (boot.py, main.py), or null when there is none.
  readFile(name: string): string | null;
  // The console the REPL runs on, if the engine has one (null or absent: no REPL); the target
  // then feeds what the console receives to api.feed.
  repl?: (options: StartOptions) => Terminal | null;
}

export interface StartOptions extends Options {
  // false: boot (boot.py, main.py) without starting the REPL.
  repl?: boolean;
  // The embedder's console (JerryScript): the REPL sends its bytes here and takes input from
  // mpjs.feed.
  console?: (bytes: string) => void;
  // JerryScript under IoT.js: the REPL's console is the UART that require("uart").open opens with
  // this configuration ({device, baudRate, dataBits}).
  uart?: any;
}

export interface MpjsApi {
  version: string;
  // A fresh interpreter (options.heapSize bytes of heap, options.gcStress); later exec calls use it.
  init(options?: Options): void;
  // Runs source as __main__; done(null) or done(text of the uncaught exception), exactly once.
  // file names the source in tracebacks ("<stdin>" when absent).
  // single: as the REPL runs a line (an expression's value is printed and kept in _).
  exec(source: string, done?: (err: string | null) => void, file?: string, single?: boolean): void;
  // The REPL's (MPJS_REPL; absent without it):
  // Bytes received on the console, for the REPL.
  feed?(bytes: string): void;
  // Starts the REPL on the target's console over the current interpreter (start does it after boot).
  repl?(options?: StartOptions): void;
  // A program or REPL input is running (the REPL's input waits for it).
  busy?(): boolean;
  // Raises KeyboardInterrupt in the running program (Ctrl-C).
  interrupt(): void;
  // init, then boot.py and main.py from the board's files, then the REPL where one is possible.
  start(options?: StartOptions): void;
  // Bytes of the Python heap in use.
  heapInUse(): number;
  // Input for the program's sys.stdin (null: the input has ended); where the REPL or select is
  // (MPJS_REPL, MPJS_ASYNCIO).
  input?: (text: string | null) => void;
}

function withDefaults(options: Options | undefined): Options {
  var o = options || {};
  var d: Options = { heapSize: o.heapSize || MPJS_HEAP_DEFAULT, gcStress: !!o.gcStress, argv: o.argv };
  if (MPJS_FILES) d.mainModule = o.mainModule;
  return d;
}

export function makeApi(platform: Platform): MpjsApi {
  var vm: Mpjs | null = null;
  var options = withDefaults(undefined);
  var repl: Repl | null = null;
  var host: Host = platform.host;

  // The REPL on the target's console, if it has one; boot: boot.py and main.py run first. From then
  // on program output goes to its console, and input() gets its line from its line editor, as
  // MicroPython's from readline.
  function openRepl(o: StartOptions, boot: boolean): boolean {
    var term = platform.repl ? platform.repl(o) : null;
    if (!term) return false;
    // the soft reset: a fresh interpreter with the options of the last start, then boot.py (and
    // main.py when withMain)
    repl = startRepl(api, term, current, function (withMain: boolean, then: () => void) {
      vm = create(host, options);
      runFiles(withMain ? ["boot.py", "main.py"] : ["boot.py"], 0, then);
    });
    host.write = repl.write;
    host.writeErr = repl.writeErr;
    host.editLine = repl.editLine;
    repl.start(
      boot
        ? function (then: () => void) {
            runFiles(["boot.py", "main.py"], 0, then);
          }
        : undefined,
    );
    return true;
  }

  function init(o?: Options) {
    options = withDefaults(o);
    vm = create(host, options);
  }

  function current(): Mpjs {
    if (vm === null) init();
    return vm as Mpjs;
  }

  function exec(source: string, done?: (err: string | null) => void, file?: string, single?: boolean) {
    var called = false;
    current().exec(
      source,
      function (err: string | null) {
        if (called) return;
        called = true;
        platform.flush();
        if (done) done(err);
      },
      file,
      single,
    );
  }

  // Runs each named file that exists, in order; a failing one has printed its traceback and the
  // next one runs all the same.
  function runFiles(names: string[], i: number, then: () => void) {
    if (i >= names.length) {
      then();
      return;
    }
    var source: string | null = null;
    try {
      source = platform.readFile(names[i]);
    } catch (e) {
      source = null;
    }
    if (source === null) {
      runFiles(names, i + 1, then);
      return;
    }
    exec(
      source,
      function () {
        runFiles(names, i + 1, then);
      },
      names[i],
    );
  }

  var api: MpjsApi = {
    version: VERSION,
    init: init,
    exec: exec,
    start: function (o?: StartOptions) {
      var opts = o || {};
      init(opts);
      // the console is the REPL's from the start, so that boot.py and main.py have its input and
      // Ctrl-C, as on a board
      if (!(MPJS_REPL && opts.repl !== false && openRepl(opts, true))) runFiles(["boot.py", "main.py"], 0, function () {});
    },
    heapInUse: function () {
      return current().heapInUse();
    },
    interrupt: function () {
      if (vm !== null) vm.interrupt();
    },
  };
  if (MPJS_REPL || MPJS_ASYNCIO)
    api.input = function (text: string | null) {
      current().input!(text);
    };
  if (MPJS_REPL) {
    api.feed = function (bytes: string) {
      if (repl) repl.feed(bytes);
    };
    api.repl = function (o?: StartOptions) {
      openRepl(o || {}, false);
    };
    api.busy = function () {
      return repl !== null && repl.busy();
    };
  }
  return api;
}
