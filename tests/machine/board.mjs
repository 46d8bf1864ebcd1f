// Runs Python on the Node bundle's simulated board, in this process, so that a test can drive the
// board's inputs and read its hardware state back (targets/node/board.ts).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(import.meta.url);
export const ROOT = process.cwd();
export const mpjs = require(join(ROOT, "dist/node/mpjs.js"));

export function example(name) {
  return readFileSync(join(ROOT, "examples", name), "utf8");
}

// Starts source on a new board (desc: a board description, undefined for the default board).
// Answers {board, result}: result resolves to {out, err, error} when the program ends, with what it
// printed; output printed later (callbacks after the end) is in run.out() / run.err().
export function start(source, desc) {
  const board = mpjs.setBoard(desc);
  mpjs.init({ heapSize: 256 * 1024 });
  let out = "";
  let err = "";
  const stdout = process.stdout.write;
  const stderr = process.stderr.write;
  // the host writes through process.stdout/stderr: captured for the whole test
  process.stdout.write = (s) => ((out += s), true);
  process.stderr.write = (s) => ((err += s), true);
  const restore = () => {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  };
  const result = new Promise((resolve) => {
    mpjs.exec(source, (error) => resolve({ out, err, error }), "main.py");
  });
  return {
    board,
    result,
    out: () => out,
    err: () => err,
    // ends the board's timers and gives the console back
    stop() {
      board.stop();
      restore();
    },
  };
}

// Runs source to its end (and ms more of the event loop), then stops the board.
export async function run(source, desc, ms = 0) {
  const r = start(source, desc);
  const res = await r.result;
  if (ms > 0) await sleep(ms);
  r.stop();
  return { ...res, out: r.out(), err: r.err(), board: r.board };
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
