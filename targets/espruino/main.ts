// The Espruino bundle: defines the global `mpjs` (rollup names this module's default export).
// Engine globals used here, each tested before use so that the same bundle also runs on Duktape
// and in the restricted Node realm of the tests: getTime, setTimeout, require("Storage"),
// E.getConsole, LoopbackA, process.env.BOARD (and print & co. through common/console.ts).

import { banner, makeApi, MpjsApi } from "../common/api";
import { lineConsole } from "../common/console";
import { lineRepl } from "../common/repl";
import { espruinoHal } from "./hal";

declare var getTime: any;
declare var setTimeout: any;
declare var require: any;
declare var E: any;
declare var LoopbackA: any;
declare var global: any;
declare var process: any;

var con = lineConsole();
// Once the REPL owns the console device, all output goes to it as raw text.
var raw: ((s: string) => void) | null = null;

function now(): number {
  return typeof getTime === "function" ? getTime() * 1000 : new Date().getTime();
}

function readFile(name: string): string | null {
  if (typeof require !== "function") return null;
  var text = require("Storage").read(name);
  return typeof text === "string" ? text : null;
}

// Takes the console device (USB, Serial1, ...) away from Espruino's own JS REPL, as ENGINES.md
// says: LoopbackA becomes Espruino's console, and this device gives raw characters.
// Ctrl-D on an empty line gives the console back to Espruino (until the real REPL exists).
function repl(api: MpjsApi) {
  if (typeof E === "undefined" || typeof LoopbackA === "undefined" || typeof global === "undefined") return;
  var name = E.getConsole();
  var dev = name ? global[name] : undefined;
  if (!dev || typeof dev.on !== "function" || typeof dev.write !== "function") return;
  var write = function (s: string) {
    dev.write(s.replace(/\r?\n/g, "\r\n"));
  };
  con.flush();
  raw = write;
  LoopbackA.setConsole();
  var board = typeof process !== "undefined" && process.env && process.env.BOARD ? process.env.BOARD : "Espruino board";
  var version = typeof process !== "undefined" && process.version ? " " + process.version : "";
  write(banner(board, "Espruino" + version) + '\nType "help()" for more information.\n');
  var r = lineRepl(api, write);
  var line = "";
  var lastCR = false;
  dev.on("data", function (data: string) {
    for (var i = 0; i < data.length; i++) {
      var c = data.charAt(i);
      var cr = lastCR;
      lastCR = c === "\r";
      if (c === "\r" || c === "\n") {
        if (c === "\n" && cr) continue;
        write("\n");
        var text = line;
        line = "";
        r.line(text);
      } else if (c === "\x7f" || c === "\x08") {
        if (line.length > 0) {
          line = line.substring(0, line.length - 1);
          write("\x08 \x08");
        }
      } else if (c === "\x03") {
        line = "";
        write("\n");
        r.cancel();
      } else if (c === "\x04" && line.length === 0) {
        raw = null;
        dev.setConsole();
        return;
      } else if (c >= " ") {
        line += c;
        write(c);
      }
    }
  });
  r.begin();
}

var api = makeApi({
  host: {
    write: function (s: string) {
      if (raw) raw(s);
      else con.write(s);
    },
    writeErr: function (s: string) {
      if (raw) raw(s);
      else con.writeErr(s);
    },
    now: now,
    schedule:
      typeof setTimeout === "function"
        ? function (fn: () => void, ms: number) {
            setTimeout(fn, ms);
          }
        : undefined,
    // machine's hardware (in the bundle when built with MPJS_MACHINE)
    hal: MPJS_MACHINE ? espruinoHal() : undefined,
  },
  flush: con.flush,
  readFile: readFile,
  repl: repl,
});

export default api;
