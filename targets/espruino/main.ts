// The Espruino bundle: defines the global `mpjs` (rollup names this module's default export).
// Engine globals used here, each tested before use so that the same bundle also runs on Duktape
// and in the restricted Node realm of the tests: getTime, setTimeout, require("Storage"),
// E.getConsole, LoopbackA, process.env.BOARD (and print & co. through common/console.ts).

import { Host } from "../../src/embed";
import { makeApi } from "../common/api";
import { lineConsole } from "../common/console";
import { Terminal } from "../common/repl";
import { flashStorage } from "./storage";
import { espruinoHal } from "./hal";

declare var getTime: any;
declare var setTimeout: any;
declare var clearTimeout: any;
declare var require: any;
declare var E: any;
declare var LoopbackA: any;
declare var global: any;
declare var process: any;

var con = lineConsole();

function now(): number {
  return typeof getTime === "function" ? getTime() * 1000 : new Date().getTime();
}

// The board's files (open, os, import), over require("Storage") where there is one.
// require("Storage"), or null where there is none (an engine whose require throws, as Duktape's)
function storageDevice(): any {
  try {
    return typeof require === "function" ? require("Storage") || null : null;
  } catch (e) {
    return null;
  }
}
var flash = storageDevice();
var storage = MPJS_FILES && flash ? flashStorage(flash) : undefined;

// The files `mpjs deploy` wrote as plain Storage files, listed in "mpjs.new", move into the
// board's files: each is written there first and the plain copies are erased last, so a power
// loss in between only means they move again at the next start.
function adoptDeployed(): void {
  var S = flash;
  var list = S.read("mpjs.new");
  if (typeof list !== "string") return;
  var names: string[] = JSON.parse(list);
  for (var k = 0; k < names.length; k++) {
    var data = S.read(names[k]);
    if (typeof data === "string" && storage!.write("/" + names[k], data) !== 0) return;
  }
  S.erase("mpjs.new");
  for (var j = 0; j < names.length; j++) S.erase(names[j]);
}
if (MPJS_FILES && storage)
  try {
    adoptDeployed();
  } catch (e) {
    // a manifest that is not ours: the files stay where they are
  }

// boot.py and main.py: the board's files, else a plain Storage file of that name (as the Espruino
// tools upload one: `--storage main.py:hello.py`)
function readFile(name: string): string | null {
  var text: string | null = null;
  try {
    if (storage) text = storage.read("/" + name);
  } catch (e) {
    // a Storage without the calls the board's files need: the plain file below
  }
  if (text !== null) return text;
  if (!flash) return null;
  var plain = flash.read(name);
  return typeof plain === "string" ? plain : null;
}

// Takes the console device (USB, Serial1, ...) away from Espruino's own JS REPL, as ENGINES.md
// says: LoopbackA becomes Espruino's console, and this device gives raw bytes to the REPL.
function repl(): Terminal | null {
  if (typeof E === "undefined" || typeof LoopbackA === "undefined" || typeof global === "undefined") return null;
  var name = E.getConsole();
  var dev = name ? global[name] : undefined;
  if (!dev || typeof dev.on !== "function" || typeof dev.write !== "function") return null;
  con.flush();
  LoopbackA.setConsole();
  dev.on("data", function (data: string) {
    (api.feed as any)(data);
  });
  var env = typeof process !== "undefined" ? process : { env: {} };
  return {
    send: function (s: string) {
      dev.write(s);
    },
    board: env.env && env.env.BOARD ? env.env.BOARD : "Espruino board",
    engine: "Espruino" + (env.version ? " " + env.version : ""),
  };
}

var host: Host = {
  write: con.write,
  writeErr: con.writeErr,
  now: now,
  storage: storage,
  schedule:
    typeof setTimeout === "function"
      ? function (fn: () => void, ms: number) {
          var timer = setTimeout(fn, ms);
          if (MPJS_REPL) return timer;
        }
      : undefined,
  // machine's hardware (in the bundle when built with MPJS_MACHINE), made when a program imports
  // machine: anew in each interpreter, as the HAL keeps nothing a soft reset has not let go
  hal: MPJS_MACHINE ? espruinoHal : undefined,
};
// a program that waits for the console's input sleeps without limit: the input ends the sleep
if (MPJS_REPL && typeof clearTimeout === "function")
  host.cancel = function (timer: any) {
    clearTimeout(timer);
  };

var api = makeApi({
  host: host,
  flush: con.flush,
  readFile: readFile,
  repl: MPJS_REPL ? repl : undefined,
});

export default api;
