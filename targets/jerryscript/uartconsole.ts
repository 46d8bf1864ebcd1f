// The REPL's console on a UART under IoT.js: mpjs.start({uart: configuration}) opens it with
// require("uart").open(configuration, callback), the configuration as IoT.js's docs give it
// ({device: "/dev/ttyS1", baudRate: 115200, dataBits: 8}); what the UART receives ('data') goes to
// the REPL, and the REPL's bytes go out with write.

import { bytes, outgoing } from "./hal";

declare var require: any;

// The REPL's send over the UART, or null where there is no uart module; feed: the REPL's input.
// fail: an error opening the UART (it has nowhere else to go).
export function uartConsole(config: any, feed: (bytes: string) => void, fail: (message: string) => void): ((bytes: string) => void) | null {
  var uart: any = null;
  try {
    uart = typeof require === "function" ? require("uart") : null;
  } catch (e) {
    uart = null;
  }
  if (!uart || typeof uart.open !== "function") return null;
  var port = uart.open(config, function (err: any) {
    if (err) fail("mpjs: uart " + config.device + ": " + err + "\n");
  });
  port.on("data", function (data: any) {
    var b = bytes(data);
    var s = "";
    for (var k = 0; k < b.length; k++) s += String.fromCharCode(b[k]);
    feed(s);
  });
  return function (s: string) {
    // as bytes: a string would go out as UTF-8 (the raw-paste window, 128, is one byte)
    port.write(outgoing(bytes(s)));
  };
}
