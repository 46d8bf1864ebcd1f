// A bytecode file made by the Node CLI (`mpjs compile`) imports on the engine bundles, whose
// property names are mangled (the .mpb format must not depend on them): the target's default
// bundle when it was built with MPJS_FILES (see src/config.ts), else its full-profile bundle.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { targets } from "../../rollup.config.mjs";
import { BUNDLES, storagePrelude } from "../lib/corpus.mjs";
import { createRealm } from "../lib/realm.mjs";

const SOURCE =
  "X = 10 ** 25 + 1\nF = (1.5, 1e999)\nS = 'h\\u00e9'\ndef gen(n):\n    for i in range(n):\n        yield i * i\n" +
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

describe("bytecode files on the engine bundles", () => {
  for (const target of ["espruino", "jerryscript"]) {
    const bundle = targets[target].MPJS_FILES ? BUNDLES[target] : BUNDLES[target + "Full"];
    it(`${target}: import of an .mpb written to the board (${bundle.split("/").pop()})`, () => {
      const realm = createRealm({ timers: false });
      try {
        realm.run(storagePrelude());
        realm.run(readFileSync(bundle, "utf8"));
        realm.context.src = "f = open('m.mpb', 'w')\nf.write(" + JSON.stringify(compiled()) + ")\nf.close()\nimport m\nprint(m.X, m.F, m.S, list(m.gen(3)), m.K(2))\n";
        realm.run("mpjs.init({heapSize: 262144}); mpjs.exec(src, function (e) { print('done ' + e); });");
        expect(realm.stderr()).toBe("");
        expect(realm.stdout()).toBe("10000000000000000000000001 (1.5, inf) h\u00e9 [0, 1, 4] K(2)\ndone null\n");
      } finally {
        realm.kill();
      }
    });
  }
});
