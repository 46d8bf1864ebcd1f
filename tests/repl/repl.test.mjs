// The REPL over a serial line: `mpjs --serial` on a raw pseudo-terminal, driven as mpremote,
// pyboard.py or a person at a terminal drives a MicroPython board. Every byte the board sends is
// checked against what MicroPython sends (shared/runtime/pyexec.c, shared/readline/readline.c).

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Board, BANNER, RawClient } from "./board.mjs";

const TB = 'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n';
const PASTE = "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";

let boards = [];
let dirs = [];
function board(options) {
  const b = new Board(options);
  boards.push(b);
  return b;
}
function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), "mpjs-repl-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const b of boards) b.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  boards = [];
  dirs = [];
});
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

describe("friendly REPL", () => {
  it("greets with the banner, prints expression results with repr and keeps them in _", async () => {
    const b = board();
    expect(await b.read(">>> ")).toMatch(new RegExp("^" + BANNER.source + ">>> $"));
    expect(await b.line("6 * 7")).toBe("6 * 7\r\n42\r\n>>> ");
    expect(await b.line("_ + 1")).toBe("_ + 1\r\n43\r\n>>> ");
    expect(await b.line("s = 'a' + 'b'")).toBe("s = 'a' + 'b'\r\n>>> ");
    expect(await b.line("s")).toBe("s\r\n'ab'\r\n>>> ");
    expect(await b.line("None")).toBe("None\r\n>>> ");
    expect(await b.line("_")).toBe("_\r\n'ab'\r\n>>> ");
    expect(await b.line("1; 2")).toBe("1; 2\r\n1\r\n2\r\n>>> ");
    expect(await b.line("")).toBe("\r\n>>> ");
  });

  it("continues blocks with auto-indent; backspace dedents, an empty line runs the block", async () => {
    const b = board();
    await b.read(">>> ");
    expect(await b.line("for i in range(3):", "...     ")).toBe("for i in range(3):\r\n...     ");
    expect(await b.line("if i != 1:", "...         ")).toBe("if i != 1:\r\n...         ");
    expect(await b.line("print(i)", "...         ")).toBe("print(i)\r\n...         ");
    // backspace over the auto-indent removes one level (4 spaces) at a time
    b.write("\x08\x08\r");
    expect(await b.read(">>> ")).toBe("\x08\x08\x08\x08\x1b[K\x08\x08\x08\x08\x1b[K\r\n0\r\n2\r\n>>> ");
    // without backspace: the indent is kept once, then a second blank line has none, as in MicroPython
    expect(await b.line("def f(x):", "...     ")).toBe("def f(x):\r\n...     ");
    expect(await b.line("return x * 2", "...     ")).toBe("return x * 2\r\n...     ");
    expect(await b.line("", "...     ")).toBe("\r\n...     ");
    expect(await b.line("", "... ")).toBe("\r\n... ");
    expect(await b.line("")).toBe("\r\n>>> ");
    expect(await b.line("f(21)")).toBe("f(21)\r\n42\r\n>>> ");
    // a space typed right after the auto-indent replaces it (pasted code keeps its own indentation)
    expect(await b.line("while False:", "...     ")).toBe("while False:\r\n...     ");
    expect(await b.line("  pass", "... ")).toBe("\x08\x08\x08 pass\r\n... ");
    expect(await b.line("")).toBe("\r\n>>> ");
  });

  it("continues open brackets, triple-quoted strings and backslash lines", async () => {
    const b = board();
    await b.read(">>> ");
    expect(await b.line("[1,", "... ")).toBe("[1,\r\n... ");
    expect(await b.line("2]")).toBe("2]\r\n[1, 2]\r\n>>> ");
    expect(await b.line("'''a", "... ")).toBe("'''a\r\n... ");
    expect(await b.line("b'''")).toBe("b'''\r\n'a\\nb'\r\n>>> ");
    expect(await b.line("1 + \\", "... ")).toBe("1 + \\\r\n... ");
    expect(await b.line("2")).toBe("2\r\n3\r\n>>> ");
    expect(await b.line("'(' + \"[\"")).toBe("'(' + \"[\"\r\n'(['\r\n>>> ");
  });

  it("edits the line with VT100 keys and recalls history", async () => {
    const b = board();
    await b.read(">>> ");
    // left, left, insert; home, delete; end, backspace
    b.write("abc\x1b[D\x1b[DX\x1b[H\x1b[3~\x1b[F\x08");
    b.write("\r");
    const out = await b.read(">>> ");
    expect(out).toBe("abc\x08\x08Xbc\x08\x08\x08\x08\x1b[KXbc\x08\x08\x08Xbc\x08\x1b[K\r\n" + TB + "NameError: name 'Xb' isn't defined\r\n>>> ");
    expect(await b.line("x = 12345")).toBe("x = 12345\r\n>>> ");
    // up twice, down once: the line is redrawn each time
    b.write("\x1b[A");
    expect(await b.readBytes(9)).toBe("x = 12345");
    b.write("\x1b[A");
    expect(await b.read("Xb")).toBe("\x1b[9D\x1b[KXb");
    b.write("\x1b[B");
    expect(await b.read("x = 12345")).toBe("\x08\x08x = 12345");
    b.write("\x1bOH\x1b[4~\r");
    expect(await b.read(">>> ")).toBe("\x1b[9D" + "x = 12345" + "\r\n>>> ");
    expect(await b.line("x")).toBe("x\r\n12345\r\n>>> ");
  });

  it("echoes text typed at the end of a long line as it comes, and still edits inside it", async () => {
    // (text at the end is appended and echoed without redrawing: a pasted 200,000-character
    // line took 14 s when each character copied the line)
    const b = board();
    await b.read(">>> ");
    const text = "s = '" + "ab".repeat(2000) + "'";
    b.write(text);
    expect(await b.readBytes(text.length)).toBe(text);
    b.write("\x1b[D\x1b[DZ\r");
    expect(await b.read(">>> ")).toBe("\x08\x08Zb'\x08\x08\r\n>>> ");
    expect(await b.line("len(s), s[-3:]")).toBe("len(s), s[-3:]\r\n(4001, 'aZb')\r\n>>> ");
  });

  it("completes names and attributes with Tab", async () => {
    const b = board();
    await b.read(">>> ");
    // a first word that nothing else completes becomes "import ", then builtin modules complete
    b.write("imp\t");
    expect(await b.read("ort ")).toBe("import ");
    b.write("ti\t");
    expect(await b.read("me")).toBe("time");
    b.write("\r");
    expect(await b.read(">>> ")).toBe("\r\n>>> ");
    await b.line("zebra_count = 3");
    b.write("zebra_c\t");
    expect(await b.read("ount")).toBe("zebra_count");
    b.write("\r");
    expect(await b.read(">>> ")).toBe("\r\n3\r\n>>> ");
    // several matches with a longer common prefix complete to it
    b.write("time.sl\t");
    expect(await b.read("sleep")).toBe("time.sleep");
    // several matches: the list in 16-column slots, then the prompt and the line again
    b.write("\t");
    expect(await b.read(">>> time.sleep")).toBe("\r\nsleep           sleep_ms        sleep_us\r\n>>> time.sleep");
    b.write("_ms(1)\r");
    expect(await b.read(">>> ")).toBe("_ms(1)\r\n>>> ");
    // Tab right after an auto-indent keeps it; at the start of a continuation line it indents
    b.write("if 1:\r\tx");
    expect(await b.read("x")).toBe("if 1:\r\n...     x");
    b.write("\x08\x08\t");
    expect(await b.read("\x1b[K    ")).toBe("\x08\x1b[K\x08\x08\x08\x08\x1b[K    ");
    b.write("\x03");
    expect(await b.read(">>> ")).toBe("\r\n>>> ");
    // attributes of a class and an instance
    await b.line("class K:\rdef method_one(self): pass\r\x08");
    await b.line("k = K()");
    await b.line("k.field_one = 1");
    b.write("k.f\t");
    expect(await b.read("field_one")).toBe("k.field_one");
    b.write("\x03");
    await b.read(">>> ");
    b.write("K.me\t");
    expect(await b.read("method_one")).toBe("K.method_one");
    b.write("\x03");
    await b.read(">>> ");
  });

  it("prints tracebacks and comes back to the prompt", async () => {
    const b = board();
    await b.read(">>> ");
    expect(await b.line("1/0")).toBe("1/0\r\n" + TB + "ZeroDivisionError: divide by zero\r\n>>> ");
    await b.line("def g():\rraise ValueError('bad')\r\x08");
    expect(await b.line("g()")).toBe(
      'g()\r\nTraceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n  File "<stdin>", line 2, in g\r\nValueError: bad\r\n>>> ',
    );
    expect(await b.line("1 +")).toMatch(/^1 \+\r\nTraceback \(most recent call last\):\r\n  File "<stdin>", line 1\r\nSyntaxError: [^\r\n]*\r\n>>> $/);
    expect(await b.line("print('still', 'here')")).toBe("print('still', 'here')\r\nstill here\r\n>>> ");
  });

  it("help() and help(obj) print as MicroPython does", async () => {
    const b = board();
    await b.read(">>> ");
    const h = await b.line("help()");
    expect(h).toContain("Control commands:\r\n  CTRL-A        -- on a blank line, enter raw REPL mode\r\n");
    expect(h).toContain("For further help on a specific object, type help(obj)\r\n");
    await b.line("import gc");
    const g = await b.line("help(gc)");
    expect(g).toMatch(/^help\(gc\)\r\nobject <module 'gc'> is of type module\r\n/);
    expect(g).toMatch(/\r\n  collect -- <function collect>\r\n/);
    await b.line("class C:\ra = 5\r\x08");
    expect(await b.line("help(C)")).toMatch(/^help\(C\)\r\nobject <class 'C'> is of type type\r\n(  \w+ -- [^\r\n]*\r\n)*  a -- 5\r\n/);
    const m = await b.line("help('modules')");
    expect(m).toMatch(/\bgc\b/);
    // frozen modules by their files, as MicroPython lists them
    expect(m).toMatch(/\basyncio\/__init__ +.*\bneopixel\b/s);
    expect(m).toMatch(/\r\nPlus any modules on the filesystem\r\n>>> $/);
  });
});

describe("control keys", () => {
  it("Ctrl-C raises KeyboardInterrupt in a busy loop", async () => {
    const b = board();
    await b.read(">>> ");
    b.write("while True: pass\r\r");
    await b.read("\r\n... \r\n");
    await pause(300);
    b.write("\x03");
    expect(await b.read(">>> ", 5000)).toMatch(/^Traceback \(most recent call last\):\r\n  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt(: )?\r\n>>> $/);
    expect(await b.line("'alive'")).toBe("'alive'\r\n'alive'\r\n>>> ");
  });

  it("Ctrl-C cuts time.sleep short", async () => {
    const b = board();
    await b.read(">>> ");
    await b.line("import time");
    b.write("time.sleep(10)\r");
    await b.read("time.sleep(10)\r\n");
    await pause(300);
    const t0 = Date.now();
    b.write("\x03");
    expect(await b.read(">>> ", 5000)).toMatch(/^Traceback \(most recent call last\):\r\n  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt(: )?\r\n>>> $/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("Ctrl-C at the prompt drops the line (and a half-typed block)", async () => {
    const b = board();
    await b.read(">>> ");
    b.write("abc\x03");
    expect(await b.read(">>> ")).toBe("abc\r\n>>> ");
    b.write("if True:\r\x03");
    expect(await b.read(">>> ")).toBe("if True:\r\n...     \r\n>>> ");
    expect(await b.line("1")).toBe("1\r\n1\r\n>>> ");
  });

  it("input typed while a program runs waits for it", async () => {
    const b = board();
    await b.read(">>> ");
    b.write("import time; time.sleep_ms(300); print('slept')\r2 + 2\r");
    expect(await b.read(">>> ")).toBe("import time; time.sleep_ms(300); print('slept')\r\nslept\r\n>>> ");
    expect(await b.read(">>> ")).toBe("2 + 2\r\n4\r\n>>> ");
  });

  it("Ctrl-D at an empty prompt is a soft reset: fresh globals, boot.py and main.py again", async () => {
    const dir = folder({ "boot.py": "print('boot ran')\n", "main.py": "print('main ran')\n" });
    const b = board({ cwd: dir });
    expect(await b.read(">>> ")).toMatch(new RegExp("^boot ran\\r\\nmain ran\\r\\n" + BANNER.source + ">>> $"));
    await b.line("x = 5");
    expect(await b.line("x")).toBe("x\r\n5\r\n>>> ");
    b.write("\x04");
    expect(await b.read(">>> ")).toMatch(new RegExp("^\\r\\nMPY: soft reboot\\r\\nboot ran\\r\\nmain ran\\r\\n" + BANNER.source + ">>> $"));
    // the history went with the reset: up recalls nothing
    b.write("\x1b[A");
    expect(await b.line("7")).toBe("7\r\n7\r\n>>> ");
    expect(await b.line("x")).toBe("x\r\n" + TB + "NameError: name 'x' isn't defined\r\n>>> ");
    // sys.exit() at the REPL is a soft reset too
    b.write("import sys; sys.exit()\r");
    expect(await b.read(">>> ")).toMatch(new RegExp("^import sys; sys.exit\\(\\)\\r\\nMPY: soft reboot\\r\\nboot ran\\r\\nmain ran\\r\\n" + BANNER.source + ">>> $"));
  });

  it("help('modules') after a soft reset lists each module once", async () => {
    const b = board();
    await b.read(">>> ");
    const before = await b.line("help('modules')");
    b.write("\x04");
    await b.read(">>> ");
    const after = await b.line("help('modules')");
    expect(after).toBe(before);
    expect(after.match(/\bmachine\b/g)).toHaveLength(1);
  });

  it("Ctrl-B prints the banner again", async () => {
    const b = board();
    await b.read(">>> ");
    b.write("\x02");
    expect(await b.read(">>> ")).toMatch(new RegExp("^\\r\\n" + BANNER.source + ">>> $"));
  });

  it("Ctrl-E paste mode runs the pasted text as a file; Ctrl-C cancels it", async () => {
    const b = board();
    await b.read(">>> ");
    b.write("\x05");
    expect(await b.read("=== ")).toBe(PASTE);
    b.write("def f():\r    return 'pasted'\r\r6 * 7\rprint(f())\r");
    expect(await b.read("print(f())\r\n=== ")).toBe("def f():\r\n===     return 'pasted'\r\n=== \r\n=== 6 * 7\r\n=== print(f())\r\n=== ");
    b.write("\x04");
    // a file's expression statements print nothing
    expect(await b.read(">>> ")).toBe("\r\npasted\r\n>>> ");
    b.write("\x05print('no')\x03");
    expect(await b.read(">>> ")).toBe(PASTE + "print('no')\r\n>>> ");
  });
});

describe("scheduled callbacks at the prompt", () => {
  it("Ctrl-C at the prompt stops a timer's callback that loops; the REPL goes on", async () => {
    const b = board();
    await b.read(">>> ");
    b.write("\x05from machine import Timer\rdef tick(t):\r    t.deinit()\r    print('tick')\r    while True:\r        pass\r\rTimer(-1, period=5, callback=tick)\r\x04");
    expect(await b.read("tick\r\n")).toMatch(/\r\n>>> tick\r\n$/);
    await pause(50);
    // the prompt's own Ctrl-C (a new line), then the callback's traceback, as its output comes
    b.write("\x03");
    expect(await b.read(">>> ")).toBe("\r\n>>> ");
    // (the loop's test or its body: where the interrupt lands)
    expect(await b.read("KeyboardInterrupt: \r\n")).toMatch(/^Traceback \(most recent call last\):\r\n  File "<stdin>", line [45], in tick\r\nKeyboardInterrupt: \r\n$/);
    expect(await b.line("print('next')")).toBe("print('next')\r\nnext\r\n>>> ");
  });
});

// KeyboardInterrupt's traceback after the text before it
const KBD = (before) => new RegExp("^" + before + "Traceback \\(most recent call last\\):\\r\\n  File \"<stdin>\", line 1, in <module>\\r\\nKeyboardInterrupt(: )?\\r\\n>>> $");

describe("a program's input at the REPL", () => {
  it("input() echoes and edits the line as MicroPython's readline does, and returns at Enter", async () => {
    const b = board();
    await b.read(">>> ");
    b.write('x = input("name? ")\r');
    expect(await b.read("\r\nname? ")).toBe('x = input("name? ")\r\nname? ');
    b.write("Ad");
    expect(await b.readBytes(2)).toBe("Ad");
    // backspace, then Enter (CR, as a terminal sends it)
    b.write("a\x7fx\r");
    expect(await b.read(">>> ")).toBe("a\x08\x1b[Kx\r\n>>> ");
    expect(await b.line("x")).toBe("x\r\n'Adx'\r\n>>> ");
    // the line goes into the history, as readline puts it there
    b.write("\x1b[A");
    expect(await b.readBytes(1)).toBe("x");
    b.write("\x1b[A");
    expect(await b.read("Adx")).toBe("\x08Adx");
    b.write("\x03");
    await b.read(">>> ");
    // a line typed ahead, before input() asks, is taken and echoed when it asks
    b.write("import time; time.sleep_ms(200); print(repr(input('? ')))\rtyped ahead\r");
    expect(await b.read(">>> ")).toBe("import time; time.sleep_ms(200); print(repr(input('? ')))\r\n? typed ahead\r\n'typed ahead'\r\n>>> ");
  });

  it("Ctrl-C interrupts input(), Ctrl-D at an empty line is EOFError; with kbd_intr(-1) Ctrl-C is the line's", async () => {
    const b = board();
    await b.read(">>> ");
    b.write("input('> ')\r");
    await b.read("\r\n> ");
    b.write("half\x03");
    expect(await b.read(">>> ")).toMatch(KBD("half"));
    b.write("input()\r");
    await b.read("input()\r\n");
    b.write("\x04");
    expect(await b.read(">>> ")).toMatch(/^Traceback \(most recent call last\):\r\n  File "<stdin>", line 1, in <module>\r\nEOFError(: )?\r\n>>> $/);
    // readline gives Ctrl-C to input(), which raises KeyboardInterrupt itself
    b.write("import micropython; micropython.kbd_intr(-1); input()\r");
    await b.read("input()\r\n");
    b.write("ab\x03");
    expect(await b.read(">>> ")).toMatch(KBD("ab"));
    // and sys.stdin reads it as a character; the next program has Ctrl-C again
    b.write("import sys; micropython.kbd_intr(-1); sys.stdin.read(1)\r");
    await b.read("read(1)\r\n");
    b.write("\x03");
    expect(await b.read(">>> ")).toBe("'\\x03'\r\n>>> ");
    b.write("sys.stdin.read(1)\r");
    await b.read("read(1)\r\n");
    b.write("\x03");
    expect(await b.read(">>> ")).toMatch(KBD(""));
  });

  it("sys.stdin.read(n) and readline() wait for what is typed, without echo; Enter is \\n", async () => {
    const b = board();
    await b.read(">>> ");
    await b.line("import sys");
    b.write("sys.stdin.read(1)\r");
    await b.read("read(1)\r\n");
    await pause(100);
    b.write("q");
    expect(await b.read(">>> ")).toBe("'q'\r\n>>> ");
    b.write("sys.stdin.read(3)\r");
    await b.read("read(3)\r\n");
    b.write("ab");
    await pause(200);
    b.write("c");
    expect(await b.read(">>> ")).toBe("'abc'\r\n>>> ");
    b.write("sys.stdin.readline()\r");
    await b.read("readline()\r\n");
    b.write("hello\r");
    expect(await b.read(">>> ")).toBe("'hello\\n'\r\n>>> ");
  });

  it("keeps 4096 characters of what a busy program does not read, as a board's buffer drops the rest", async () => {
    const b = board();
    await b.read(">>> ");
    await b.line("import sys, time");
    b.write("time.sleep(1); s = sys.stdin.read(4096); print(len(s), s.count('b'))\r");
    await b.read("count('b'))\r\n");
    b.write("a".repeat(4000));
    b.write("b".repeat(6000));
    expect(await b.read(">>> ")).toBe("4096 96\r\n>>> ");
    expect(await b.line("1 + 1")).toBe("1 + 1\r\n2\r\n>>> ");
  });

  it("input() in the raw REPL echoes into the program's output", async () => {
    const b = board();
    await b.read(">>> ");
    const c = new RawClient(b);
    await c.enter();
    b.write("print('got', input('? '))\x04");
    expect(await b.read("? ")).toBe("OK? ");
    b.write("raw\r");
    expect(await c.follow()).toEqual({ out: "raw\r\ngot raw\r\n", err: "" });
    expect((await c.exec("print(1)")).out).toBe("1\r\n");
  });

  it("main.py reads the console before the banner, as on a board", async () => {
    const dir = folder({ "main.py": "print('hello', input('who? '))\n" });
    const b = board({ cwd: dir });
    expect(await b.read("who? ")).toBe("who? ");
    b.write("me\r");
    expect(await b.read(">>> ")).toMatch(new RegExp("^me\\r\\nhello me\\r\\n" + BANNER.source + ">>> $"));
  });
});

describe("raw REPL", () => {
  it("Ctrl-A enters it; code ended by Ctrl-D answers OK, output, \\x04, errors, \\x04, >", async () => {
    const b = board();
    await b.read(">>> ");
    b.write("\x01");
    expect(await b.read(">")).toBe("\r\nraw REPL; CTRL-B to exit\r\n>");
    b.write("print('hi')\nx = 3\x04");
    expect(await b.read(">")).toBe("OKhi\r\n\x04\x04>");
    b.write("print(x)\n1/0\x04");
    expect(await b.read("\x04>")).toBe("OK3\r\n\x04" + TB.replace("line 1", "line 2") + "ZeroDivisionError: divide by zero\r\n\x04>");
    // Ctrl-C drops what was typed
    b.write("print('dropped')\x03print('kept')\x04");
    expect(await b.read(">")).toBe("OKkept\r\n\x04\x04>");
    // Ctrl-A again restarts the raw REPL; Ctrl-B goes back to the friendly one
    b.write("\x01");
    expect(await b.read(">")).toBe("raw REPL; CTRL-B to exit\r\n>");
    b.write("\x02");
    expect(await b.read(">>> ")).toMatch(new RegExp("^\\r\\n" + BANNER.source + ">>> $"));
    expect(await b.line("x")).toBe("x\r\n3\r\n>>> ");
  });

  it("Ctrl-D with no code is a soft reset that runs boot.py but not main.py", async () => {
    const dir = folder({ "boot.py": "print('boot ran')\n", "main.py": "print('main ran')\n" });
    const b = board({ cwd: dir });
    await b.read(">>> ");
    const c = new RawClient(b);
    await c.enter();
    expect(await c.exec("y = 1")).toEqual({ out: "", err: "" });
    b.write("\x04");
    expect(await b.read(">")).toBe("OK\r\nMPY: soft reboot\r\nboot ran\r\nraw REPL; CTRL-B to exit\r\n>");
    const r = await c.exec("print(y)");
    expect(r.out).toBe("");
    expect(r.err).toBe(TB + "NameError: name 'y' isn't defined\r\n");
  });

  it("raw-paste mode takes code with window flow control, as pyboard.py and mpremote send it", async () => {
    const b = board();
    await b.read(">>> ");
    const c = new RawClient(b);
    await c.enter();
    // a script several windows long, with non-ASCII text in it
    let code = "total = 0\n";
    for (let k = 0; k < 60; k++) code += `total += ${k}  # line ${k} of a longer script\n`;
    code += "print(total, 'é')\n";
    const bytes = Buffer.from(code, "utf8").toString("latin1");
    const r = await c.pasteExec(bytes);
    expect(r.window).toBe(128);
    expect(r.out).toBe(Buffer.from("1770 é\r\n", "utf8").toString("latin1"));
    expect(r.err).toBe("");
    // one increment at the start, then one for each window consumed
    expect(r.increments).toBe(1 + Math.floor(bytes.length / 128));
    // errors come after the output's end mark; the raw REPL goes on
    const e = await c.pasteExec("print('a')\nraise ValueError(5)\n");
    expect(e.out).toBe("a\r\n");
    expect(e.err).toBe(TB.replace("line 1", "line 2") + "ValueError: 5\r\n");
    expect((await c.exec("print(total)")).out).toBe("1770\r\n");
  });

  it("an unknown raw-paste request is refused with R\\x00", async () => {
    const b = board();
    await b.read(">>> ");
    const c = new RawClient(b);
    await c.enter();
    b.write("\x05B\x01");
    expect(await b.read(">")).toBe("R\x00>");
  });

  it("runs a script the way mpremote run does, and exec of a long running script can be interrupted", async () => {
    const b = board();
    await b.read(">>> ");
    const c = new RawClient(b);
    await c.enter();
    const script = "import time\nfor i in range(3):\n    print('tick', i)\n    time.sleep_ms(10)\n";
    expect(await c.pasteExec(script)).toMatchObject({ out: "tick 0\r\ntick 1\r\ntick 2\r\n", err: "" });
    b.write("import time\nprint('start')\ntime.sleep(10)\x04");
    await b.read("OKstart\r\n");
    b.write("\x03");
    expect(await b.read("\x04>", 5000)).toMatch(/^\x04Traceback \(most recent call last\):\r\n  File "<stdin>", line 3, in <module>\r\nKeyboardInterrupt(: )?\r\n\x04>$/);
  });
});

describe("mpjs command line on a terminal", () => {
  it("-i runs the script, then the REPL has its globals; Ctrl-D leaves", async () => {
    const dir = folder({ "s.py": "answer = 42\nprint('script ran')\n" });
    const b = board({ args: ["-i", join(dir, "s.py")] });
    expect(await b.read(">>> ")).toMatch(new RegExp("^script ran\\r?\\n" + BANNER.source + ">>> $"));
    expect(await b.line("answer")).toBe("answer\r\n42\r\n>>> ");
    b.write("\x04");
    expect(await b.exited).toBe(0);
  });

  it("with no script on a terminal: boot.py, main.py, then the REPL; sys.exit() leaves", async () => {
    const dir = folder({ "boot.py": "print('boot')\n", "main.py": "print('main')\n" });
    const b = board({ args: [], cwd: dir });
    expect(await b.read(">>> ")).toMatch(new RegExp("^boot\\r?\\nmain\\r?\\n" + BANNER.source + ">>> $"));
    expect(await b.line("1 + 1")).toBe("1 + 1\r\n2\r\n>>> ");
    b.write("import sys; sys.exit()\r");
    expect(await b.exited).toBe(0);
  });
});

// Python's repr of bytes, as `print(r(256))` shows it, back to bytes (latin1 string).
function fromBytesRepr(text) {
  const m = /^b(['"])(.*)\1$/s.exec(text);
  if (!m) throw new Error(`not a bytes repr: ${JSON.stringify(text)}`);
  const simple = { n: "\n", r: "\r", t: "\t", "\\": "\\", "'": "'", '"': '"' };
  return m[2].replace(/\\(x([0-9a-f]{2})|.)/g, (all, e, hex) => (hex ? String.fromCharCode(parseInt(hex, 16)) : simple[e]));
}

// Python's repr of bytes for a latin1 string (what mpremote sends to w(...)).
function toBytesRepr(bytes) {
  let s = "b'";
  for (const ch of bytes) {
    const c = ch.charCodeAt(0);
    s += ch === "'" || ch === "\\" ? "\\" + ch : c >= 32 && c < 127 ? ch : "\\x" + c.toString(16).padStart(2, "0");
  }
  return s + "'";
}

describe("files over the raw REPL, as mpremote does them", () => {
  it("uploads a module in chunks, imports it, downloads it back, lists and removes it", async () => {
    const dir = folder({});
    const b = board({ cwd: dir });
    await b.read(">>> ");
    const c = new RawClient(b);
    await c.enter();
    let module = "# a module uploaded in chunks\nGREETING = 'héllo'\n\ndef twice(x):\n    return x * 2\n";
    for (let k = 0; k < 20; k++) module += `VALUE_${k} = ${k} * ${k}  # padding to make several chunks\n`;
    const bytes = Buffer.from(module, "utf8").toString("latin1");
    // mpremote fs cp: open, then w(...) of 256-byte chunks, then close
    expect(await c.exec("f=open('uploaded.py','wb')\nw=f.write")).toEqual({ out: "", err: "" });
    for (let k = 0; k < bytes.length; k += 256) {
      expect(await c.exec(`w(${toBytesRepr(bytes.substring(k, k + 256))})`)).toEqual({ out: "", err: "" });
    }
    expect(await c.exec("f.close()")).toEqual({ out: "", err: "" });
    expect(readFileSync(join(dir, "uploaded.py"), "utf8")).toBe(module);
    // mpremote fs cat / cp back: print(r(256)) until empty
    expect(await c.exec("f=open('uploaded.py','rb')\nr=f.read")).toEqual({ out: "", err: "" });
    let back = "";
    for (;;) {
      const { out, err } = await c.exec("print(r(256))");
      expect(err).toBe("");
      expect(out.endsWith("\r\n")).toBe(true);
      const chunk = fromBytesRepr(out.slice(0, -2));
      if (chunk === "") break;
      back += chunk;
    }
    await c.exec("f.close()");
    expect(back).toBe(bytes);
    // the friendly REPL imports it
    b.write("\x02");
    await b.read(">>> ");
    expect(await b.line("import uploaded")).toBe("import uploaded\r\n>>> ");
    expect(await b.line("uploaded.twice(21), uploaded.VALUE_19")).toBe("uploaded.twice(21), uploaded.VALUE_19\r\n(42, 361)\r\n>>> ");
    expect(await b.line("print(uploaded.GREETING)")).toBe("print(uploaded.GREETING)\r\n" + Buffer.from("héllo", "utf8").toString("latin1") + "\r\n>>> ");
    // mpremote fs ls and rm
    await c.enter();
    expect((await c.exec("import os\nprint(sorted(os.listdir()))")).out).toBe("['uploaded.py']\r\n");
    expect(await c.exec("os.remove('uploaded.py')")).toEqual({ out: "", err: "" });
    expect((await c.exec("print(os.listdir())")).out).toBe("[]\r\n");
    expect(existsSync(join(dir, "uploaded.py"))).toBe(false);
    const missing = await c.exec("os.remove('uploaded.py')");
    expect(missing.err).toMatch(/OSError: \[Errno 2\] ENOENT\r\n$/);
  });

  it("a main.py written at the REPL runs after a soft reset", async () => {
    const dir = folder({});
    const b = board({ cwd: dir });
    await b.read(">>> ");
    await b.line("f = open('main.py', 'w'); f.write('print(\"main from upload\")\\n'); f.close()");
    b.write("\x04");
    expect(await b.read(">>> ")).toMatch(new RegExp("^\\r\\nMPY: soft reboot\\r\\nmain from upload\\r\\n" + BANNER.source + ">>> $"));
  });
});
