// The JerryScript bundle: defines the global `mpjs` (rollup names this module's default export).
// It runs on bare JerryScript (print only), under IoT.js (console, require("fs"), timers) and on
// Duktape (print, alert): every engine global is tested before use. Built with MPJS_MACHINE,
// machine runs over IoT.js's gpio, adc, pwm, i2c, spi and uart (./hal.ts).

import { Host } from "../../src/embed";
import { makeApi, StartOptions } from "../common/api";
import { Terminal } from "../common/repl";
import { lineConsole } from "../common/console";
import { fsStorage } from "./fsstorage";
import { iotjsHal } from "./hal";
import { Hal } from "../../src/machine/hal";
import { uartConsole } from "./uartconsole";

declare var setTimeout: any;
declare var clearTimeout: any;
declare var require: any;
declare var Buffer: any;

var con = lineConsole();

function readFile(name: string): string | null {
  if (typeof require !== "function") return null;
  var fs: any = null;
  try {
    fs = require("fs");
  } catch (e) {
    return null;
  }
  if (!fs || typeof fs.readFileSync !== "function") return null;
  if (typeof fs.existsSync === "function" && !fs.existsSync(name)) return null;
  try {
    return String(fs.readFileSync(name));
  } catch (e) {
    return null;
  }
}

// The board's files (open, os, import): the current folder, through IoT.js's fs where it exists.
function makeStorage() {
  var fs: any = null;
  try {
    fs = typeof require === "function" ? require("fs") : null;
  } catch (e) {
    fs = null;
  }
  if (!fs || typeof fs.readFileSync !== "function") return undefined;
  return fsStorage(
    fs,
    function () {
      return ".";
    },
    function (s: string) {
      var bytes: number[] = [];
      for (var k = 0; k < s.length; k++) bytes.push(s.charCodeAt(k) & 255);
      return new Buffer(bytes);
    },
    function (b: any) {
      var s = "";
      for (var k = 0; k < b.length; k++) s += String.fromCharCode(typeof b.readUInt8 === "function" ? b.readUInt8(k) : b[k]);
      return s;
    },
  );
}

var hal: Hal | null = null;
var host: Host = {
  write: con.write,
  writeErr: con.writeErr,
  now: function () {
    return new Date().getTime();
  },
  storage: MPJS_FILES ? makeStorage() : undefined,
  schedule:
    typeof setTimeout === "function"
      ? function (fn: () => void, ms: number) {
          var timer = setTimeout(fn, ms);
          if (MPJS_REPL) return timer;
        }
      : undefined,
  // machine's hardware (in the bundle when built with MPJS_MACHINE): IoT.js's modules, opened when
  // a program first imports machine; one HAL for the interpreters after it, whose pins it holds
  // open (a soft reset lets go of watches and UARTs, not of the pins)
  hal: MPJS_MACHINE
    ? function () {
        return hal || (hal = iotjsHal());
      }
    : undefined,
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
  // The REPL's console: the embedder's (start({console: send}) sends the REPL's bytes to send, and
  // mpjs.feed(bytes) gives it what the console received; bare JerryScript has no input of its
  // own), or under IoT.js a UART (start({uart: configuration}), see uartconsole.ts).
  repl: MPJS_REPL
    ? function (o: StartOptions): Terminal | null {
        var send = o.console || (o.uart ? uartConsole(o.uart, api.feed as any, con.writeErr) : null);
        return send ? { send: send, board: "JerryScript board", engine: "JerryScript" } : null;
      }
    : undefined,
});

export default api;
