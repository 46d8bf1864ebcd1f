// The input the host gives for sys.stdin, kept here until the program reads it: a script's stdin
// on Node, or at the REPL what the console receives while a program runs. A read that finds too
// little waits for more where the VM can stop (the native is called again when input comes, see
// callAgain); inside a call from a builtin it cannot, and sys.stdin gives what there is. A program
// can also wait with select.poll, which sleeps until the host gives input, its timeout ends, or
// another source (a UART) calls wakeWaiter.

import { i32 } from "../gc/heap";
import { C, T, TV, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, newStr, mkInt, raise } from "../core/obj";
import { qv, strOf } from "../core/runtime";
import { requestSleep, calledDirectly, callAgain } from "../core/vm";
import { toInt } from "./modutil";
import { defModule } from "./modules";
import { sleepMs } from "./modtime";
import { addBuiltin, writeOut } from "./modbuiltins";

let buf = "";
let ended = false;
let started = false;
let waiting = false;
// the console edits the line input() waits for (lineEdited gives it)
let editing = false;
// the control key that ended that line: 3 (Ctrl-C) raises KeyboardInterrupt, 4 (Ctrl-D) EOFError
let lineKey = 0;
// a sleep without limit (the largest delay timers take)
const FOREVER = 2147483647;

let startHook: () => void = function () {};
let wakeHook: (() => void) | null = null;
let editHook: () => boolean = function () {
  return false;
};

// A fresh interpreter's input: none yet. start: the host begins to send input (called at the
// program's first use of stdin, so that a host does not hold its input open for a program that
// never reads it); wake: resumes a program sleeping in waitForInput now (null: the host has no
// timers, so that input cannot come while a program runs, and reads do not wait); edit: the console begins
// to edit a line for input() with echo, as MicroPython's readline does on a board's console (false:
// there is no such console, and input() reads lines of the input as they come).
export function setInputHooks(start: () => void, wake: (() => void) | null, edit?: () => boolean): void {
  buf = "";
  ended = false;
  started = false;
  waiting = false;
  editing = false;
  startHook = start;
  wakeHook = wake;
  if (edit) editHook = edit;
}

// Text from the host; null: the input has ended. held: the most kept unread (0: no limit, as for
// a script's stdin); what comes past it is dropped, as a board's full console buffer drops it.
export function giveInput(s: string | null, held?: number): void {
  if (s === null) ended = true;
  else buf += held && buf.length + s.length > held ? s.substring(0, held - buf.length) : s;
  wakeWaiter();
}

// The line the console edited for input() (without its newline); key: the control key that ended
// it instead of Enter (0: none).
export function lineEdited(line: string, key: number): void {
  editing = false;
  lineKey = key;
  if (key === 0) buf = line + "\n" + buf;
  wakeWaiter();
}

// What the program has left unread (the REPL takes it back when the program ends).
export function unread(): string {
  const s = buf;
  buf = "";
  return s;
}

// Ends a waitForInput sleep early (new input, or a UART's data).
export function wakeWaiter(): void {
  if (waiting) {
    waiting = false;
    if (wakeHook) wakeHook();
  }
}

// The program runs again: whatever it slept for is over.
export function endWait(): void {
  waiting = false;
}

function want(): void {
  if (!started) {
    started = true;
    startHook();
  }
}

// Whether a read finds something: input, or its end.
export function inputReady(): boolean {
  want();
  return buf.length > 0 || ended;
}

// Up to n characters (n < 0: all there are); "" when none have come yet or the input has ended.
export function takeInput(n: number): string {
  want();
  if (n < 0 || n > buf.length) n = buf.length;
  const s = buf.substring(0, n);
  buf = buf.substring(n);
  return s;
}

// The first line with its "\n", else all there is.
export function takeLine(): string {
  want();
  const k = buf.indexOf("\n");
  return takeInput(k < 0 ? -1 : k + 1);
}

// Sleeps up to ms milliseconds (ms < 0: without limit) or until wakeWaiter. Returns false when the
// VM cannot stop here (a nested call): the caller then waits as time.sleep would.
export function waitForInput(ms: number): boolean {
  want();
  waiting = true;
  if (requestSleep(ms < 0 ? FOREVER : ms)) return true;
  waiting = false;
  return false;
}

// Whether the native whose arguments are at a can wait for input: it was called directly (see
// calledDirectly) on a host where input can come meanwhile.
function canWait(a: number): boolean {
  return wakeHook !== null && calledDirectly(a);
}

// A native that can wait waits for more input and is called again: returns whether it waits.
function waitMore(direct: boolean): boolean {
  if (!direct) return false;
  waiting = true;
  callAgain(FOREVER);
  return true;
}

// ---- input() ----

// input() after its prompt: the line (the console's, else the input's next), or a wait for it.
function inputLine(direct: boolean): number {
  want();
  if (!editing) {
    if (lineKey === 3) raise(tv(T.KeyboardInterrupt));
    const k = buf.indexOf("\n");
    if (k >= 0 || (ended && buf !== "")) return newStr(takeLine().replace(/\n$/, ""));
    if (ended || lineKey === 4) raise(tv(T.EOFError));
  }
  if (!waitMore(direct)) raise(tv(T.RuntimeError), "input() cannot wait for input here");
  return C.None;
}

// the call of input() that waited runs again as this, which does not print the prompt again
const INPUT_LINE = defNative(Q.input, 0, 1, function (a) {
  return inputLine(canWait(a));
});

// input([prompt]): the prompt, then one line of sys.stdin without its newline; EOFError once the
// input has ended
const INPUT = defNative(Q.input, 0, 1, function (a, n) {
  const direct = canWait(a);
  if (n > 0) writeOut(strOf(i32[a]));
  lineKey = 0;
  if (direct) {
    i32[a - 1] = INPUT_LINE;
    editing = true;
    if (!editHook()) editing = false;
  }
  return inputLine(direct);
});

export function initInput(): void {
  addBuiltin(Q.input, INPUT);
}

// ---- sys.stdin's reading methods, and the poll method of the sys streams (select's protocol:
// ioctl(MP_STREAM_POLL, events) answers which of the events are ready) ----

export const MP_STREAM_POLL = 3;
export const POLLIN = 1;
export const POLLOUT = 4;

// which stream a sys stream object is: 0 stdin, 1 stdout, 2 stderr, plus BINARY for its .buffer
// (modsys.ts), which reads bytes
function which(s: number): number {
  return i32[(s >> 2) + 1] >> 1;
}
export const BINARY = 4;

// the type a read makes for stream s: 0 for a str (newStr's default, which keeps '' interned)
function readable(s: number): number {
  const w = which(s);
  if ((w & 3) !== 0) raise(tv(T.OSError), "not readable");
  return w & BINARY ? TV.bytes : 0;
}

// read(n) waits for n characters (or the end of the input); read() takes what there is, after a
// select.poll has said that something is
const READ = defNative(Q.read, 1, 2, function (a, n) {
  const type = readable(i32[a]);
  const count = n > 1 && i32[a + 1] !== C.None ? toInt(i32[a + 1]) : -1;
  want();
  if (!ended && buf.length < count && waitMore(canWait(a))) return C.None;
  return newStr(takeInput(count), type);
});
const READLINE = defNative(Q.readline, 1, 1, function (a) {
  const type = readable(i32[a]);
  want();
  if (!ended && buf.indexOf("\n") < 0 && waitMore(canWait(a))) return C.None;
  return newStr(takeLine(), type);
});
const IOCTL = defNative(Q.ioctl, 3, 3, function (a) {
  const req = toInt(i32[a + 1]);
  if (req !== MP_STREAM_POLL) raise(tv(T.OSError), "unsupported ioctl");
  const want = toInt(i32[a + 2]);
  const ready = (which(i32[a]) & 3) === 0 ? (inputReady() ? POLLIN : 0) : POLLOUT;
  return mkInt(ready & want);
});

// (name, native) pairs sys adds to its streams' methods
export function stdinMethods(): number[] {
  return [qv(Q.read), READ, qv(Q.readline), READLINE, qv(Q.ioctl), IOCTL];
}

// ---- _select: the native half of select (src/frozen/select.py) ----

// _select.wait(ms): sleeps until input comes or ms milliseconds pass (ms < 0: no limit). False
// when it could not wait for input: inside a call from a builtin, where the VM cannot stop.
const WAIT = defNative(Q.wait, 1, 1, function (a) {
  const ms = toInt(i32[a]);
  if (ms === 0 || waitForInput(ms)) return C.True;
  if (ms > 0) sleepMs(ms);
  return C.False;
});

// _select.line(): a whole line of input with its "\n"; at the end of the input what is left, or
// None when nothing is; 0 while a line has not come yet (input() then waits)
const LINE = defNative(Q.line, 0, 0, function () {
  if (!inputReady() || (!ended && buf.indexOf("\n") < 0)) return mkInt(0);
  const s = takeLine();
  return s === "" ? C.None : newStr(s);
});

export function initSelectNatives(): void {
  defModule(Q._select, function () {
    return [qv(Q.wait), WAIT, qv(Q.line), LINE];
  });
}
