// A sleeping asyncio program costs no CPU: the loop sleeps through time.sleep_ms, which stops
// the VM and lets Node's event loop wait (and a poll on stdin sleeps until input comes). Runs the
// Node bundle in a child process and compares the CPU time the program used with the wall time.
import { describe, it, expect } from "vitest";
import { execFile, spawn } from "node:child_process";
import { BUNDLES } from "../lib/corpus.mjs";

// Imports asyncio (its compilation is not what is measured), then runs prog while measuring;
// input: [ms, text] given to sys.stdin during the run.
function measure(prog, input) {
  const script = `
const mpjs = require(${JSON.stringify(BUNDLES.node)});
mpjs.init({});
mpjs.exec("import asyncio, select, sys", function (err) {
  if (err) throw new Error(err);
  const c0 = process.cpuUsage();
  const t0 = Date.now();
  ${input ? `setTimeout(function () { mpjs.input(${JSON.stringify(input[1])}); }, ${input[0]});` : ""}
  mpjs.exec(${JSON.stringify(prog)}, function (err) {
    const c = process.cpuUsage(c0);
    process.stdout.write("\\n" + JSON.stringify({ err: err, cpu: (c.user + c.system) / 1000, wall: Date.now() - t0 }) + "\\n");
  });
});
`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["-e", script], { timeout: 60000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(String(error) + stderr));
      const lines = stdout.trim().split("\n");
      resolve({ out: lines.slice(0, -1).join("\n").trim(), ...JSON.parse(lines[lines.length - 1]) });
    });
  });
}

describe("asyncio sleeps on the host's event loop", () => {
  it("tasks sleeping 0.6 s use a small fraction of that in CPU", async () => {
    const prog = `
async def nap(n, s):
    await asyncio.sleep(s)
    return n
async def main():
    print(await asyncio.gather(nap(1, 0.6), nap(2, 0.4), nap(3, 0.2)))
asyncio.run(main())
`;
    const r = await measure(prog);
    expect(r.err).toBe(null);
    expect(r.out).toBe("[1, 2, 3]");
    expect(r.wall).toBeGreaterThanOrEqual(590);
    expect(r.cpu).toBeLessThan(r.wall * 0.25);
  });
  it("a task waiting for stdin sleeps until the input comes", async () => {
    const prog = `
async def main():
    line = await asyncio.StreamReader(sys.stdin).readline()
    print("got", repr(line))
asyncio.run(main())
`;
    const r = await measure(prog, [600, "hi\n"]);
    expect(r.err).toBe(null);
    expect(r.out).toBe("got 'hi\\n'");
    expect(r.wall).toBeGreaterThanOrEqual(590);
    expect(r.cpu).toBeLessThan(r.wall * 0.25);
  });
  it("select.poll(-1) on stdin sleeps until the input comes", async () => {
    const prog = `
p = select.poll()
p.register(sys.stdin, select.POLLIN)
print(len(p.poll()), sys.stdin.read())
`;
    const r = await measure(prog, [600, "data"]);
    expect(r.err).toBe(null);
    expect(r.out).toBe("1 data");
    expect(r.cpu).toBeLessThan(r.wall * 0.25);
  });
});

describe("Ctrl-C", () => {
  it("ends a sleeping asyncio program at once with KeyboardInterrupt", async () => {
    const prog = "import asyncio\nasync def main():\n    print('sleeping', flush=True)\n    await asyncio.sleep(20)\nasyncio.run(main())\n";
    const child = spawn(process.execPath, [BUNDLES.node, "-c", prog]);
    let out = "";
    let err = "";
    let sent = 0;
    child.stdout.on("data", (d) => {
      out += d;
      if (!sent && out.indexOf("sleeping") >= 0) {
        sent = Date.now();
        setTimeout(() => child.kill("SIGINT"), 200);
      }
    });
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/KeyboardInterrupt: \n$/);
    expect(Date.now() - sent).toBeLessThan(5000);
  });
});
