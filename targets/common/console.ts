// Output on engines whose console prints whole lines (Espruino, JerryScript, Duktape, QuickJS):
// program output through print (or console.log), tracebacks through alert (Duktape's stderr) or
// console.error, else the same console. Partial lines wait for their newline (see lines.ts); a
// traceback first flushes the program output before it, so the order on one console is kept.

import { lineWriter } from "./lines";

declare var print: any;
declare var console: any;
declare var alert: any;

export interface LineConsole {
  write(s: string): void;
  writeErr(s: string): void;
  flush(): void;
}

function printLine(line: string) {
  if (typeof print === "function") print(line);
  else console.log(line);
}

function printErrLine(line: string) {
  if (typeof alert === "function") alert(line);
  else if (typeof console !== "undefined" && typeof console.error === "function") console.error(line);
  else printLine(line);
}

export function lineConsole(): LineConsole {
  var out = lineWriter(printLine);
  var err = lineWriter(printErrLine);
  return {
    write: function (s: string) {
      err.flush();
      out.write(s);
    },
    writeErr: function (s: string) {
      out.flush();
      err.write(s);
    },
    flush: function () {
      out.flush();
      err.flush();
    },
  };
}
