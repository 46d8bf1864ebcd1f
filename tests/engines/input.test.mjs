// input(): the Node CLI gives a script its stdin; input() prints the prompt, returns a line without
// its newline, raises EOFError once the input has ended, and sleeps while it waits for a line.

import { describe, it, expect } from "vitest";
import { spawn, spawnSync } from "node:child_process";

const CLI = "dist/node/mpjs.js";
const PROGRAM = `n = input("Name? ")
print("hi", n)
print(repr(input()))
def ask():
    return [input(str(i) + "> ") for i in range(2)]
print(ask())
try:
    input("more? ")
except EOFError:
    print("EOF")
`;

describe("input()", () => {
  it("reads lines of the script's stdin, as CPython does", () => {
    const r = spawnSync("node", [CLI, "-c", PROGRAM], { input: "Ada\n  two words \nx\ny", encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("Name? hi Ada\n'  two words '\n0> 1> ['x', 'y']\nmore? EOF\n");
  });

  it("waits for a line that comes later", async () => {
    // the line is sent 300 ms after the program says it is about to read (not after a fixed delay
    // from the spawn, which a loaded machine can spend starting node)
    const child = spawn("node", [CLI, "-c", "import time\nt = time.ticks_ms()\nprint('ready')\ns = input()\nprint(s, time.ticks_diff(time.ticks_ms(), t) >= 100)"]);
    let out = "";
    child.stdout.on("data", (d) => {
      if (!out) setTimeout(() => child.stdin.end("late\n"), 300);
      out += d;
    });
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(out).toBe("ready\nlate True\n");
  });

  it("sys.stdin.readline and read wait for input that comes later; sys.stdin.buffer reads bytes", async () => {
    const prog = "import sys\nprint('ready')\nprint(repr(sys.stdin.readline()), repr(sys.stdin.buffer.readline()), repr(sys.stdin.read(2)), repr(sys.stdin.buffer.read()))";
    const child = spawn("node", [CLI, "-c", prog]);
    let out = "";
    child.stdout.on("data", (d) => {
      if (!out) setTimeout(() => child.stdin.write("one\n"), 200);
      if (!out) setTimeout(() => child.stdin.end("tw\u00f6\nrest"), 400);
      out += d;
    });
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(out).toBe("ready\n'one\\n' b'tw\\xc3\\xb6\\n' 're' b'st'\n");
  });

  it("inside a call from a builtin it cannot wait: RuntimeError rather than a hang", () => {
    const r = spawnSync("node", [CLI, "-c", "print(list(map(lambda _: input(), range(1))))"], { encoding: "utf8", timeout: 20000 });
    expect(r.stderr).toMatch(/RuntimeError: input\(\) cannot wait for input here\n$/);
  });
});
