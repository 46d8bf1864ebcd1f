// The REPL as MicroPython runs it on a board's serial port (shared/runtime/pyexec.c and
// shared/readline/readline.c): the friendly REPL with line editing, history, auto-indent and tab
// completion, paste mode (Ctrl-E), the raw REPL (Ctrl-A) with its raw-paste protocol, Ctrl-C and
// the soft reset (Ctrl-D). One state machine fed the bytes a console receives (one char per
// byte); every target drives it. The bytes it writes back are MicroPython's, because mpremote,
// Thonny and pyboard.py depend on them. While a program runs, what the console receives is the
// program's sys.stdin (the interrupt character excepted), and the lines input() reads are edited
// here with echo, as MicroPython's input() uses readline on a board.

import { complete as completions, Mpjs, VERSION } from "../../src/embed";
import type { MpjsApi } from "./api";

export interface Terminal {
  // Bytes to the console, one char per byte.
  send(bytes: string): void;
  board: string;
  engine: string;
  // Program text to bytes and typed bytes to text (UTF-8 on Node); absent: chars are bytes.
  encode?: (text: string) => string;
  decode?: (bytes: string) => string;
  // Ctrl-D at an empty prompt and sys.exit() end the session (a desktop terminal, like unix
  // micropython) instead of a soft reset.
  exit?: () => void;
}

export interface Repl {
  // Bytes received from the console.
  feed(bytes: string): void;
  // Program output and tracebacks (the raw REPL sends tracebacks after the output's end mark).
  write(text: string): void;
  writeErr(text: string): void;
  // A program (or a soft reset) is running; input waits for it.
  busy(): boolean;
  // input() waits for a line: the line editor takes the console's input (and what the program
  // has not read yet) until Enter, then gives the line to the program.
  editLine(): boolean;
  // Greets with the banner and prompt; boot: runs first (boot.py and main.py).
  start(boot?: (then: () => void) => void): void;
}

// The REPL's first line, as MicroPython's "MicroPython v1.22.0 on 2023-12-27; <board> with <mcu>".
export function banner(board: string, engine: string): string {
  return "MicroPython-compatible mpjs " + VERSION + " on " + MPJS_BUILD_DATE + "; " + board + " with " + engine;
}

// raw-paste flow control: the window MicroPython grants with its 256-byte stdin buffer
const WINDOW = 128;

// What the console keeps of the input a running program has not read: a board's serial buffer is
// a few hundred bytes and drops the rest; this one holds what a host sends in one go (a console
// flooding a program that never reads grew a host string without end)
const STDIN_HELD = 4096;

// Escape sequences (after ESC) to the keys they stand for: history up/down, right, left, home,
// end, delete. Every key is quoted: terser renames unquoted property names (OH, OF) in the bundles.
const SEQ: { [k: string]: string } = {
  "[A": "A",
  "[B": "B",
  "[C": "C",
  "[D": "D",
  "[H": "H",
  "[F": "F",
  "OH": "H",
  "OF": "F",
  "[1~": "H",
  "[7~": "H",
  "[4~": "F",
  "[8~": "F",
  "[3~": "3",
};

// VT100: the cursor n columns left.
function left(n: number): string {
  return n <= 0 ? "" : n <= 4 ? "\b\b\b\b".substring(0, n) : "\x1b[" + n + "D";
}

function spaces(n: number): string {
  return new Array(n + 1).join(" ");
}

// Whether the REPL asks for another line (py/repl.c mp_repl_continue_with_input): an open
// triple-quoted string, an open bracket, a trailing backslash, or a compound statement whose
// last line was not empty.
function continues(s: string): boolean {
  var q = "";
  var n = [0, 0, 0];
  for (var i = 0; i < s.length; i++) {
    var c = s.charAt(i);
    if (c === "'" || c === '"') {
      var t = c + c + c;
      if ((q === "" || q === t) && s.substr(i, 3) === t) {
        q = q ? "" : t;
        i += 2;
      } else if (q === "" || q === c) q = q ? "" : c;
    } else if (c === "\\" && /['"\\]/.test(s.charAt(i + 1))) {
      if (q) i++;
    } else if (q === "") {
      var b = "([{)]}".indexOf(c);
      if (b >= 0) n[b % 3] += b < 3 ? 1 : -1;
    }
  }
  var last = s.charAt(s.length - 1);
  return (
    q.length === 3 ||
    ((n[0] > 0 || n[1] > 0 || n[2] > 0) && q === "") ||
    last === "\\" ||
    (/^(@|(if|try|for|while|with|def|class|async)\b)/.test(s) && last !== "\n")
  );
}

// api: the embedding API the REPL runs programs with; vm: the current interpreter, for what only
// the REPL asks of it (what input is left unread, the line edited for input(), the interrupt
// character, tab completion); reboot: the soft reset (a fresh interpreter, then boot.py, and
// main.py when withMain).
export function startRepl(api: MpjsApi, term: Terminal, vm: () => Mpjs, reboot: (withMain: boolean, then: () => void) => void): Repl {
  var mode = 0; // 0 friendly, 1 paste, 2 raw, 3 raw-paste
  var line = ""; // friendly: the line being edited; the other modes: the input so far
  var cur = 0; // cursor position in line
  var prompt = "";
  var block = ""; // friendly: the earlier lines of a statement, each ending in "\n"
  var indent = 0; // readline.c's auto_indent_state: 1 enabled, 2 just added
  var esc = ""; // an escape sequence being received
  var lastNl = ""; // "\r" or "\n" just ended a line: the other one after it is not a new line
  var hist: string[] = [];
  var histAt = -1;
  var running = false;
  var reading = false; // a program's input() waits for the line being edited
  var errs: string | null = null; // raw REPL: error output, sent after the output's end mark
  var windowLeft = 0; // raw-paste: bytes before the next flow-control byte

  function send(s: string) {
    term.send(s.replace(/\r?\n/g, "\r\n"));
  }

  function write(text: string) {
    send(term.encode ? term.encode(text) : text);
  }

  function hello() {
    mode = 0;
    send(banner(term.board, term.engine) + '\nType "help()" for more information.\n');
    readline(">>> ");
  }

  function rawHello() {
    mode = 2;
    line = "";
    send("raw REPL; CTRL-B to exit\n>");
  }

  function readline(p: string) {
    line = "";
    cur = 0;
    histAt = -1;
    esc = "";
    prompt = p;
    if (block === "") indent = 1;
    send(p);
    // readline.c's auto-indent: the previous line's indentation, one level more after a ':';
    // none after two lines of spaces
    if (!(indent & 1) || block === "") return;
    var end = block.length - 1;
    var i = block.lastIndexOf("\n", end - 1) + 1;
    var prev = block.substring(i, end);
    var n = (/^ */.exec(prev) as string[])[0].length;
    if (i > 0 && n === prev.length) {
      var j = block.lastIndexOf("\n", i - 2) + 1;
      if (j > 0 && /^ *$/.test(block.substring(j, i - 1))) return;
    }
    n = (n >> 2) + (block.charAt(end - 1) === ":" ? 1 : 0);
    if (n > 0) {
      line = spaces(4 * n);
      cur = line.length;
      send(line);
      indent |= 2;
    }
  }

  function run(src: string, single: boolean, raw: boolean) {
    running = true;
    errs = raw ? "" : null;
    api.exec(
      (term.decode ? term.decode(src) : src).replace(/\r\n?/g, "\n"),
      function (err: string | null) {
        // the end marks are ASCII, which encode leaves as they are
        if (raw) write("\x04" + errs + "\x04");
        errs = null;
        if (err !== null && /^SystemExit/.test(err)) {
          if (term.exit) return term.exit();
          return softReset();
        }
        if (raw) send(">");
        else readline(">>> ");
        idle();
      },
      "<stdin>",
      single,
    );
  }

  function softReset() {
    running = true;
    // the history goes with the heap, as readline_init0 clears it on a board
    hist = [];
    send("MPY: soft reboot\n");
    // main.py runs after a soft reset from the friendly REPL only, as on MicroPython
    reboot(mode === 0, function () {
      if (mode === 0) hello();
      else rawHello();
      idle();
    });
  }

  // The program has ended: what it left unread is typed at the REPL.
  function idle() {
    running = false;
    reading = false;
    feed(vm().unread!());
  }

  // The line for input() is done: Enter, or a control key (3, 4) that input() raises for.
  function lineDone(key: number) {
    var s = line;
    reading = false;
    line = "";
    vm().lineEdited!(key ? "" : s, key);
  }

  // Tab: four spaces after whitespace, else completion of the name before the cursor.
  function complete(): string {
    var before = cur > 0 ? line.charAt(cur - 1) : block ? "\n" : "";
    if (/\s/.test(before)) return "    ";
    vm(); // completion looks in the current interpreter: it is created if there is none yet
    var word = (/[\w.]*$/.exec(line.substring(0, cur)) as string[])[0];
    var pre = word.substring(word.lastIndexOf(".") + 1);
    var names = completions(line.substring(0, cur));
    if (names.length === 0) return "";
    var common = names[0];
    for (var k = 1; k < names.length; k++) while (names[k].indexOf(common) !== 0) common = common.substring(0, common.length - 1);
    if (names.length === 1 || common.length > pre.length) return common.substring(pre.length);
    // several: listed in slots of 16 columns, lines of 64, then the prompt and line again
    var s = "";
    var len = 64;
    for (k = 0; k < names.length; k++) {
      var gap = Math.ceil(len / 16) * 16 - len;
      if (gap < 2) gap += 16;
      if (len + gap + names[k].length <= 64) {
        s += spaces(gap) + names[k];
        len += gap + names[k].length;
      } else {
        s += "\n" + names[k];
        len = names[k].length;
      }
    }
    send(s + "\n" + prompt + line.substring(0, cur));
    return "\n";
  }

  // A control key on an empty line of the friendly REPL (or Ctrl-C on any).
  function control(c: string) {
    // readline returns them to input(): Ctrl-C and Ctrl-D raise, the others give an empty line
    if (reading) return lineDone(c === "\x03" || c === "\x04" ? c.charCodeAt(0) : 0);
    if (c === "\x03") {
      send("\n");
      block = "";
      readline(">>> ");
    } else if (block !== "") {
      // Ctrl-D ends a statement early
      if (c === "\x04") {
        c = block;
        block = "";
        run(c, true, false);
      }
    } else if (c === "\x05") {
      mode = 1;
      line = "";
      send("\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    } else {
      // Ctrl-A, Ctrl-B, Ctrl-D
      send("\n");
      if (c === "\x01") rawHello();
      else if (c === "\x02") hello();
      else if (term.exit) term.exit();
      else softReset();
    }
  }

  function friendly(c: string) {
    var old = line.length;
    var back = 0;
    var all = false;
    var fwd = 0;
    var k = "";
    if (esc) {
      esc += c;
      if (/^\x1b(\[|O|\[\d)$/.test(esc)) return;
      k = SEQ[esc.substring(1)] || "";
      esc = "";
    } else if (c >= "\x01" && c <= "\x05" && line === "") {
      return control(c);
    } else if (c === "\x03") {
      return control(c);
    } else if (c === "\x01" || c === "\x05") {
      k = c === "\x01" ? "H" : "F";
    } else if ((c === "\r" || c === "\n") && (lastNl === "" || lastNl === c)) {
      lastNl = c;
      send("\n");
      if (line !== "" && line !== hist[0]) {
        hist.unshift(line);
        if (hist.length > 8) hist.pop();
      }
      if (reading) return lineDone(0);
      var src = block + line;
      if (src === "") return readline(">>> ");
      if (continues(src)) {
        block = src + "\n";
        return readline("... ");
      }
      block = "";
      return run(src, true, false);
    } else {
      lastNl = "";
      if (c === "\x1b") esc = c;
      else if (c === "\b" || c === "\x7f") {
        if (cur > 0) {
          back = /^ {4,}$/.test(line.substring(0, cur)) ? 4 : 1;
          line = line.substring(0, cur - back) + line.substring(cur);
          all = true;
        }
      } else if (indent & 2 && (c === "\t" || c === " ")) {
        // typing one's own indentation after an auto-indent replaces it
        indent = 0;
        if (c === " ") {
          back = 3;
          line = line.substring(0, line.length - 3);
        }
      } else {
        var ins = c === "\t" ? complete() : c >= " " ? c : "";
        if (ins === "\n") all = true;
        else if (ins !== "" && cur === line.length) {
          // at the end, as typed or pasted text comes: echoed as it is (copying the line at every
          // character made a 200,000-character line take 14 s)
          line += ins;
          cur = line.length;
          indent &= 1;
          return term.send(ins);
        } else if (ins !== "") {
          line = line.substring(0, cur) + ins + line.substring(cur);
          all = true;
          fwd = ins.length;
        }
      }
    }
    if ((k === "A" && histAt + 1 < hist.length) || (k === "B" && histAt >= 0)) {
      // up: the previous line of the history; down: the next one, or an empty line past the last
      histAt += k === "A" ? 1 : -1;
      line = histAt >= 0 ? hist[histAt] : "";
      back = cur;
      all = true;
      fwd = line.length;
    } else if (k === "C" && cur < line.length) fwd = 1;
    else if (k === "D" && cur > 0) back = 1;
    else if (k === "H") back = cur;
    else if (k === "F") fwd = line.length - cur;
    else if (k === "3" && cur < line.length) {
      line = line.substring(0, cur) + line.substring(cur + 1);
      all = true;
    }
    // redraw as readline.c does: back, the line from the cursor, then forward
    var s = left(back);
    cur -= back;
    if (all) {
      if (line.length < old) s += "\x1b[K";
      s += line.substring(cur) + left(line.length - cur - fwd);
    } else s += line.substr(cur, fwd);
    cur += fwd;
    indent &= 1;
    term.send(s);
  }

  function paste(c: string) {
    if (c === "\x03" || c === "\x04") {
      mode = 0;
      send("\n");
      if (c === "\x03") readline(">>> ");
      else run(line, false, false);
    } else {
      line += c;
      send(c === "\r" ? "\n=== " : c);
    }
  }

  function rawKey(c: string) {
    if (c === "\x01") {
      if (line === "\x05A") {
        // raw-paste: "R\x01", the window size (16 bits, little-endian), one window free
        mode = 3;
        line = "";
        windowLeft = WINDOW;
        send("R\x01" + String.fromCharCode(WINDOW & 255, WINDOW >> 8, 1));
      } else if (line.length === 2 && line.charAt(0) === "\x05") {
        // another protocol than raw-paste: refused
        line = "";
        send("R\x00>");
      } else rawHello();
    } else if (c === "\x02") {
      send("\n");
      hello();
    } else if (c === "\x03") {
      line = "";
    } else if (c === "\x04") {
      send("OK");
      var src = line;
      line = "";
      if (src === "") {
        send("\n");
        softReset();
      } else run(src, false, true);
    } else line += c;
  }

  function rawPaste(c: string) {
    if (c === "\x03" || c === "\x04") {
      // the end (or Ctrl-C, an interrupted upload) is acknowledged with \x04
      send("\x04");
      mode = 2;
      var src = line;
      line = "";
      if (c === "\x04") run(src, false, true);
      else send("\x04KeyboardInterrupt\n\x04>");
    } else {
      line += c;
      if (--windowLeft === 0) {
        windowLeft = WINDOW;
        send("\x01");
      }
    }
  }

  var MODES = [friendly, paste, rawKey, rawPaste];

  function feed(bytes: string) {
    var input = "";
    for (var i = 0; i < bytes.length; i++) {
      var c = bytes.charAt(i);
      var intr = c.charCodeAt(0) === vm().interruptChar!();
      if (!running) {
        // (it stops a scheduled callback that runs while the REPL waits: embed.ts runIdle)
        if (intr) api.interrupt();
        MODES[mode](c);
      } else if (intr) {
        if (reading) {
          reading = false;
          line = "";
        }
        api.interrupt();
      } else if (reading) friendly(c);
      // a board's sys.stdin reads Enter (\r) as \n (shared/runtime/sys_stdio_mphal.c)
      else input += c === "\r" ? "\n" : c;
    }
    if (input !== "") vm().input!(input, STDIN_HELD);
  }

  return {
    feed: feed,
    write: write,
    writeErr: function (text: string) {
      if (errs !== null) errs += text;
      else write(text);
    },
    busy: function () {
      return running;
    },
    editLine: function () {
      reading = true;
      readline("");
      feed(vm().unread!());
      return true;
    },
    start: function (boot?: (then: () => void) => void) {
      if (!boot) return hello();
      running = true;
      boot(function () {
        hello();
        idle();
      });
    },
  };
}
