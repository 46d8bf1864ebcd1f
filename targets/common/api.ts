// The global `mpjs` object every bundle defines (the embedding API, see README.md), built once
// here over what a target provides. Targets are the only code that touches engine globals: they
// hand this file a Platform made of plain functions.

import { create, Host, Mpjs, Options, VERSION } from "../../src/embed";

export interface Platform {
  host: Host;
  // Emits what the line writers still hold; called before every done().
  flush(): void;
  // The text of a file on the board (boot.py, main.py), or null when there is none.
  readFile(name: string): string | null;
  // Starts a REPL on the target's console if the engine has one; absent where none is possible.
  repl?: (api: MpjsApi) => void;
}

export interface StartOptions extends Options {
  // false: boot (boot.py, main.py) without starting the REPL.
  repl?: boolean;
}

export interface MpjsApi {
  version: string;
  // A fresh interpreter (options.heapSize bytes of heap, options.gcStress); later exec calls use it.
  init(options?: Options): void;
  // Runs source as __main__; done(null) or done(text of the uncaught exception), exactly once.
  // file names the source in tracebacks ("<stdin>" when absent).
  exec(source: string, done?: (err: string | null) => void, file?: string): void;
  // Raises KeyboardInterrupt in the running program (Ctrl-C).
  interrupt(): void;
  // init, then boot.py and main.py from the board's files, then the REPL where one is possible.
  start(options?: StartOptions): void;
  // Bytes of the Python heap in use.
  heapInUse(): number;
  // Input for the program's sys.stdin (null: the input has ended); where select is (MPJS_ASYNCIO).
  input?: (text: string | null) => void;
}

// The REPL's first line, as MicroPython's "MicroPython v1.22.0 on 2023-12-27; <board> with <mcu>".
export function banner(board: string, engine: string): string {
  return "MicroPython-compatible mpjs " + VERSION + " on " + MPJS_BUILD_DATE + "; " + board + " with " + engine;
}

function withDefaults(options: Options | undefined): Options {
  var o = options || {};
  return { heapSize: o.heapSize || MPJS_HEAP_DEFAULT, gcStress: !!o.gcStress, argv: o.argv };
}

export function makeApi(platform: Platform): MpjsApi {
  var vm: Mpjs | null = null;

  function current(): Mpjs {
    if (vm === null) vm = create(platform.host, withDefaults(undefined));
    return vm;
  }

  function exec(source: string, done?: (err: string | null) => void, file?: string) {
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
    init: function (options?: Options) {
      vm = create(platform.host, withDefaults(options));
    },
    exec: exec,
    start: function (options?: StartOptions) {
      var opts = options || {};
      vm = create(platform.host, withDefaults(opts));
      runFiles(["boot.py", "main.py"], 0, function () {
        if (opts.repl !== false && platform.repl) platform.repl(api);
      });
    },
    heapInUse: function () {
      return current().heapInUse();
    },
    interrupt: function () {
      if (vm !== null) vm.interrupt();
    },
  };
  if (MPJS_ASYNCIO)
    api.input = function (text: string | null) {
      current().input!(text);
    };
  return api;
}
