// A bytecode file made by the Node CLI (`mpjs compile`) imports on the engine bundles, whose
// property names are mangled (the .mpb format must not depend on them), in the restricted realm
// and on Duktape (whose own number parsing is not correctly rounded: the float constants must
// come back exact): the target's default bundle when it was built with MPJS_FILES (see
// src/config.ts), else its full-profile bundle.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { targets } from "../../rollup.config.mjs";
import { BUNDLES, jsString, storagePrelude } from "../lib/corpus.mjs";
import { createRealm } from "../lib/realm.mjs";

const SOURCE =
  "X = 10 ** 25 + 1\nF = (1.5, 1e999, 1e23, -0.0, 5e-324, 0.1)\nS = 'h\\u00e9'\ndef gen(n):\n    for i in range(n):\n        yield i * i\n" +
  "class K:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return 'K(%r)' % (self.x,)\n";

function compiled() {
  const dir = mkdtempSync(join(tmpdir(), "mpjs-mpb-"));
  try {
    writeFileSync(join(dir, "m.py"), SOURCE);
    execFileSync(process.execPath, [BUNDLES.node, "compile", join(dir, "m.py")]);
    return readFileSync(join(dir, "m.mpb"), "latin1");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// writes the .mpb on the board, imports it, and prints its values and the same float literals
function program() {
  return "f = open('m.mpb', 'w')\nf.write(" + JSON.stringify(compiled()) + ")\nf.close()\nimport m\nprint(m.X, m.F, m.S, list(m.gen(3)), m.K(2))\nprint(1e23, 5e-324, -0.0)\n";
}
const WANT = "10000000000000000000000001 (1.5, inf, 1e+23, -0.0, 5e-324, 0.1) h\u00e9 [0, 1, 4] K(2)\n1e+23 5e-324 -0.0\ndone null\n";
const DRIVER = "mpjs.init({heapSize: 262144}); mpjs.exec(src, function (e) { print('done ' + e); });";

describe("bytecode files on the engine bundles", () => {
  for (const target of ["espruino", "jerryscript"]) {
    const bundle = targets[target].MPJS_FILES ? BUNDLES[target] : BUNDLES[target + "Full"];
    it(`${target}: import of an .mpb written to the board (${bundle.split("/").pop()})`, () => {
      const realm = createRealm({ timers: false });
      try {
        realm.run(storagePrelude());
        realm.run(readFileSync(bundle, "utf8"));
        realm.context.src = program();
        realm.run(DRIVER);
        expect(realm.stderr()).toBe("");
        expect(realm.stdout()).toBe(WANT);
      } finally {
        realm.kill();
      }
    });

    it(`${target} on Duktape: import of an .mpb written to the board (${bundle.split("/").pop()})`, () => {
      const dir = mkdtempSync(join(tmpdir(), "mpjs-mpb-"));
      try {
        writeFileSync(join(dir, "prelude.js"), storagePrelude());
        writeFileSync(join(dir, "driver.js"), "var src = " + jsString(program()) + ";\n" + DRIVER + "\n");
        const out = execFileSync("duk", [join(dir, "prelude.js"), bundle, join(dir, "driver.js")], { encoding: "utf8", timeout: 60000 });
        expect(out).toBe(WANT);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
