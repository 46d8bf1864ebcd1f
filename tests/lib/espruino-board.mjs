// A simulated Espruino board for the deploy tests: a restricted realm (tests/lib/realm.mjs) with
// Espruino's Storage as the deploy stream uses it, E.CRC32, load(), the firmware's version, an
// eval that reads pretokenised code as Espruino's lexer does (tools/pretokenise.mjs untokenise;
// with pretokenised: false, as a firmware without it does: a byte of 128 or more is an error),
// and the console device (USB) that mpjs takes for its REPL.

import { createRealm } from "./realm.mjs";
import { untokenise } from "../../tools/pretokenise.mjs";

function crc32(s) {
  let c = ~0;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i) & 255;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

// Espruino's Storage as the deploy stream uses it: write(name, data[, offset, size]) where the
// first write of a file given a size makes it that long (erased flash reads 0xFF) and later
// writes fill it in at their offset; erase, read (undefined when absent), list.
function storage(files, log) {
  return {
    read: (n) => (Object.prototype.hasOwnProperty.call(files, n) ? files[n] : undefined),
    write(n, data, off, size) {
      data = String(data);
      log.push(n);
      if (off === undefined) files[n] = data;
      else {
        if (size !== undefined) files[n] = "\xff".repeat(size);
        if (!(n in files)) throw new Error("Storage.write at an offset of a file that does not exist");
        const f = files[n];
        if (off + data.length > f.length) throw new Error("Storage.write past the end of " + n);
        files[n] = f.slice(0, off) + data + f.slice(off + data.length);
      }
      return true;
    },
    erase: (n) => delete files[n],
    list: () => Object.keys(files),
    getFree: () => 1 << 20,
  };
}

// A board: Storage, E.CRC32, load(), and the console device (USB) that mpjs takes for its REPL
// (typed bytes go to its data handler; what it writes is kept in `serial`). send(stream) types a
// deploy stream into its Espruino REPL, a line at a time.
export function board(files, { version = "2v29", pretokenised = true } = {}) {
  const realm = createRealm({ timeoutMs: 60000 });
  const written = [];
  const serial = [];
  const handlers = {};
  let restarted = false;
  const st = storage(files, written);
  const USB = { write: (s) => serial.push(s), on: (ev, fn) => (handlers[ev] = fn), setConsole: () => {} };
  Object.assign(realm.context, {
    require: (m) => (m === "Storage" ? st : undefined),
    E: { CRC32: crc32, getConsole: () => "USB" },
    LoopbackA: { setConsole: () => {} },
    global: { USB },
    load: () => {
      restarted = true;
    },
    process: { env: { VERSION: version } },
    eval: (code) => {
      if (!pretokenised && /[\x80-\xff]/.test(code)) realm.run("throw new SyntaxError('Got ?[212] expected EOF')");
      return realm.run(untokenise(String(code)), "eval");
    },
  });
  const type = (bytes) => {
    serial.length = 0;
    realm.call(handlers.data, bytes);
    return serial.join("");
  };
  const send = (stream) => {
    for (const line of stream.split("\n")) if (line.trim()) realm.run(line, "deploy-stream.js");
  };
  return { realm, written, serial, type, send, restarted: () => restarted };
}

// The board with these files after a restart: it has run .bootcde and what that started.
export async function restart(files, options) {
  const b = board(files, options);
  b.realm.run(files[".bootcde"], ".bootcde");
  await b.realm.idle();
  return b;
}
