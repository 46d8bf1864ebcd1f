// A virtual board for the REPL tests: `mpjs --serial` on a raw pseudo-terminal (through
// ptyrun.py, since Node has no pty module), driven as a client program drives a board's serial
// port. Bytes are latin1 strings, one char per byte.

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BUNDLES } from "../lib/corpus.mjs";

const DRIVER = fileURLToPath(new URL("./ptyrun.py", import.meta.url));

export const BANNER = /MicroPython-compatible mpjs \d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; simulated board with Node v[\d.]+\r\nType "help\(\)" for more information\.\r\n/;

export class Board {
  constructor({ args = ["--serial"], cwd = process.cwd() } = {}) {
    this.child = spawn("python3", [DRIVER, process.execPath, BUNDLES.node, ...args], { cwd });
    this.out = "";
    this.waiter = null;
    this.child.stdout.on("data", (d) => {
      this.out += d.toString("latin1");
      if (this.waiter) this.waiter();
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  write(bytes) {
    this.child.stdin.write(Buffer.from(bytes, "latin1"));
  }

  // Output up to and including the first `until` (a string), taken off the output; rejects with
  // what came so far when it has not come within ms.
  read(until, ms = 10000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const k = this.out.indexOf(until);
        if (k < 0) return;
        const text = this.out.substring(0, k + until.length);
        this.out = this.out.substring(k + until.length);
        clearTimeout(timer);
        this.waiter = null;
        resolve(text);
      };
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new Error(`timed out waiting for ${JSON.stringify(until)}; got ${JSON.stringify(this.out)}`));
      }, ms);
      this.waiter = check;
      check();
    });
  }

  // Exactly n bytes of output.
  readBytes(n, ms = 10000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.out.length < n) return;
        const text = this.out.substring(0, n);
        this.out = this.out.substring(n);
        clearTimeout(timer);
        this.waiter = null;
        resolve(text);
      };
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new Error(`timed out waiting for ${n} bytes; got ${JSON.stringify(this.out)}`));
      }, ms);
      this.waiter = check;
      check();
    });
  }

  // Types a line at the friendly prompt; resolves with what came back up to the next prompt.
  async line(text, prompt = ">>> ") {
    this.write(text + "\r");
    return this.read(prompt);
  }

  close() {
    this.child.stdin.end();
    this.child.kill();
  }
}

// The client side of the raw REPL, as pyboard.py implements it.
export class RawClient {
  constructor(board) {
    this.board = board;
  }

  async enter() {
    this.board.write("\r\x01");
    await this.board.read("raw REPL; CTRL-B to exit\r\n>");
  }

  // Plain raw REPL: the code, Ctrl-D, "OK", then output and error output each ended by \x04.
  async exec(code) {
    this.board.write(code + "\x04");
    const ok = await this.board.readBytes(2);
    if (ok !== "OK") throw new Error(`no OK: ${JSON.stringify(ok)}`);
    return this.follow();
  }

  async follow() {
    const out = (await this.board.read("\x04")).slice(0, -1);
    const err = (await this.board.read("\x04")).slice(0, -1);
    const prompt = await this.board.readBytes(1);
    if (prompt !== ">") throw new Error(`no prompt: ${JSON.stringify(prompt)}`);
    return { out, err };
  }

  // Raw-paste mode with its flow control (pyboard.py's raw_paste_write); returns the output,
  // the error output and the window increments received.
  async pasteExec(code) {
    const b = this.board;
    b.write("\x05A\x01");
    const r = await b.readBytes(2);
    if (r !== "R\x01") throw new Error(`raw-paste refused: ${JSON.stringify(r)}`);
    const w = await b.readBytes(2);
    const window = w.charCodeAt(0) | (w.charCodeAt(1) << 8);
    let remain = window;
    let increments = 0;
    let i = 0;
    while (i < code.length) {
      while (remain === 0 || b.out.length > 0) {
        const c = await b.readBytes(1);
        if (c === "\x01") {
          remain += window;
          increments++;
        } else throw new Error(`unexpected byte during raw paste: ${JSON.stringify(c)}`);
      }
      const chunk = code.substring(i, Math.min(i + remain, code.length));
      b.write(chunk);
      remain -= chunk.length;
      i += chunk.length;
    }
    b.write("\x04");
    // the board acknowledges the end with \x04 (flow-control bytes may still come before it)
    for (;;) {
      const c = await b.readBytes(1);
      if (c === "\x04") break;
      if (c === "\x01") increments++;
      else throw new Error(`unexpected byte at the end of raw paste: ${JSON.stringify(c)}`);
    }
    return { window, increments, ...(await this.follow()) };
  }
}
