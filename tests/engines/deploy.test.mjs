// `mpjs deploy --out FILE` writes the JavaScript a board would be sent; here that stream is typed,
// line by line, into a simulated Espruino (tests/lib/espruino-board.mjs), then the board
// "restarts": a fresh one with the same Storage runs .bootcde, which must boot Python and run
// main.py. (Deploying a bundle of `mpjs build`: tests/engines/build.test.mjs.)

import { describe, it, expect, beforeAll } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { board, restart } from "../lib/espruino-board.mjs";
import { pretokenise } from "../../tools/pretokenise.mjs";

const CLI = "dist/node/mpjs.js";

let dir;
let stream;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mpjs-deploy-"));
  writeFileSync(join(dir, "main.py"), "import sys\nprint('main.py runs on', sys.implementation.name)\nprint(sum(x * x for x in range(10)))\n");
  writeFileSync(join(dir, "boot.py"), "print('boot.py first')\n");
  const out = join(dir, "stream.js");
  execFileSync("node", [CLI, "deploy", "--out", out, "--board", "esp32", join(dir, "boot.py"), join(dir, "main.py")]);
  stream = readFileSync(out, "latin1");
});

describe("mpjs deploy --out", () => {
  it("writes the bundle in chunks, the files, the boot code, checks them and restarts", () => {
    const files = {};
    const b = board(files);
    b.send(stream);
    expect(b.realm.stdout()).toContain("mpjs deploy: ok");
    // the board profile, pretokenised: its tokens stand for the text's
    expect(files["mpjs.js"]).toBe(readFileSync("dist/espruino/mpjs-board.tok", "latin1"));
    expect(files["mpjs.js"]).toBe(pretokenise(readFileSync("dist/espruino/mpjs-board.js", "utf8")));
    expect(files["main.py"]).toBe(readFileSync(join(dir, "main.py"), "latin1"));
    expect(files[".bootcde"]).toMatch(/mpjs\.start\(\{heapSize:32768\}\)/);
    // no line holds the whole bundle: a board has far less free RAM than that
    expect(Math.max(...stream.split("\n").map((l) => l.length))).toBeLessThan(4096);
    expect(b.restarted()).toBe(true);
  });

  it("the board boots into Python and runs boot.py then main.py", async () => {
    const files = {};
    const b = board(files);
    b.send(stream);
    const after = await restart(files);
    expect(after.realm.stderr()).toBe("");
    // the Python REPL owns the console from the start (the board profile has the REPL, files and
    // machine): boot.py and main.py print there, then the banner
    expect(after.realm.stdout()).toBe("");
    expect(after.serial.join("")).toMatch(/^boot\.py first\r\nmain\.py runs on micropython\r\n285\r\nMicroPython-compatible mpjs .*\r\nType "help\(\)" for more information\.\r\n>>> $/);
    expect(after.type("6 * 7\r")).toBe("6 * 7\r\n42\r\n>>> ");
    expect(after.type("import machine, os\r")).toBe("import machine, os\r\n>>> ");
    expect(after.type("'main.py' in os.listdir()\r")).toBe("'main.py' in os.listdir()\r\nTrue\r\n>>> ");
  });

  it("--profile default deploys the bundle within the size budget", () => {
    const out = join(dir, "default.js");
    execFileSync("node", [CLI, "deploy", "--out", out, "--profile", "default", join(dir, "main.py")]);
    const files = {};
    const b = board(files);
    b.send(readFileSync(out, "latin1"));
    expect(b.realm.stdout()).toContain("mpjs deploy: ok");
    expect(files["mpjs.js"]).toBe(readFileSync("dist/espruino/mpjs.tok", "latin1"));
  });

  it("on a firmware that does not read pretokenised code the boot code says so and leaves Espruino's REPL", async () => {
    const files = {};
    const b = board(files);
    b.send(stream);
    const after = await restart(files, { version: "2v25", pretokenised: false });
    expect(after.realm.stdout()).toBe("mpjs needs an Espruino that reads pretokenised code (2v26 or later), this is 2v25: mpjs deploy --text sends one that does not\n");
    expect(after.realm.stderr()).toBe("");
    expect(after.realm.run("typeof mpjs")).toBe("undefined");
  });

  it("--text sends the bundle's text, which such a firmware boots", async () => {
    const out = join(dir, "text.js");
    execFileSync("node", [CLI, "deploy", "--out", out, "--text", join(dir, "main.py")]);
    const files = {};
    const b = board(files, { pretokenised: false });
    b.send(readFileSync(out, "latin1"));
    expect(b.realm.stdout()).toContain("mpjs deploy: ok");
    expect(files["mpjs.js"]).toBe(readFileSync("dist/espruino/mpjs-board.js", "latin1"));
    const after = await restart(files, { version: "2v25", pretokenised: false });
    expect(after.realm.stderr()).toBe("");
    expect(after.serial.join("")).toMatch(/^main\.py runs on micropython\r\n285\r\nMicroPython-compatible mpjs /);
  });

  it("writes a byte outside printable ASCII as an escape, and each byte back as it was", () => {
    const py = join(dir, "bytes.py");
    let all = "";
    for (let c = 0; c < 256; c++) all += String.fromCharCode(c);
    writeFileSync(py, Buffer.from(all + all, "latin1"));
    const out = join(dir, "bytes.js");
    execFileSync("node", [CLI, "deploy", "--out", out, py]);
    const text = readFileSync(out, "latin1");
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
    const files = {};
    const b = board(files);
    b.send(text);
    expect(b.realm.stdout()).toContain("mpjs deploy: ok");
    expect(files["bytes.py"]).toBe(all + all);
  });

  it("a file that does not read back as written is reported", () => {
    const files = {};
    const b = board(files);
    const lines = stream.split("\n").filter((l) => l.trim());
    for (const line of lines) {
      b.realm.run(line, "deploy-stream.js");
      // flash that kept a wrong byte in main.py
      if (/^s\.write\("main\.py"/.test(line)) files["main.py"] = files["main.py"].replace("print", "prinx");
    }
    expect(b.realm.stdout()).toContain("mpjs deploy: main.py differs");
    expect(b.realm.stdout()).not.toContain("mpjs deploy: ok");
  });

  it("refuses a board it does not know and asks for --port or --out", () => {
    let status = 0;
    try {
      execFileSync("node", [CLI, "deploy", "--out", join(dir, "x.js"), "--board", "nosuchboard"], { stdio: "pipe" });
    } catch (e) {
      status = e.status;
    }
    expect(status).toBe(2);
    status = 0;
    try {
      execFileSync("node", [CLI, "deploy", "main.py"], { stdio: "pipe" });
    } catch (e) {
      status = e.status;
    }
    expect(status).toBe(2);
  });
});
