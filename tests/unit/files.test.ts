// Files, os, io and import from files: what CPython cannot give the corpus (MicroPython's reprs,
// errno texts, os.uname/ilistdir/statvfs, a board without storage, a full storage, when writes
// reach the storage), on the interpreter built from src/ with an in-memory storage, and the Node
// CLI's --root folder.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create, Storage } from "../../src/embed";
import { memStorage } from "../lib/memstorage";

function run(src: string, storage: Storage | undefined, stress = false): { out: string; err: string } {
  let out = "";
  let err = "";
  const vm = create({ write: (s) => (out += s), writeErr: (s) => (err += s), now: () => Date.now(), storage }, { heapSize: 256 * 1024, gcStress: stress });
  let done = false;
  vm.exec(src, () => (done = true), "<test>");
  expect(done).toBe(true);
  return { out, err };
}

function ok(src: string, storage?: Storage, stress = false): string {
  const r = run(src, storage, stress);
  expect(r.err).toBe("");
  return r.out;
}

describe("file objects", () => {
  it("repr as MicroPython's, closed, StringIO.readlines", () => {
    const m = memStorage();
    const out = ok(
      "f = open('a.txt', 'w')\nprint(f)\nprint(f.closed)\nf.close()\nprint(f.closed)\n" +
        "g = open('a.txt', 'rb')\nprint(g)\ng.close()\nimport io\nprint(io.StringIO('x'), io.BytesIO())\n" +
        "print(io.StringIO('a\\nb\\n').readlines())\nprint(type(open('a.txt')).__name__, type(open('a.txt', 'rb')).__name__)",
      m.storage,
    );
    expect(out).toMatch(/^<io\.TextIOWrapper (\d+)>\nFalse\nTrue\n<io\.FileIO (\d+)>\n<io\.StringIO 0x[0-9a-f]+> <io\.BytesIO 0x[0-9a-f]+>\n\['a\\n', 'b\\n'\]\nTextIOWrapper FileIO\n$/);
  });

  it("an OSError prints its errno's name, as MicroPython", () => {
    const m = memStorage();
    const r = run("open('missing.txt')", m.storage);
    expect(r.err).toMatch(/OSError: \[Errno 2\] ENOENT\n$/);
    expect(ok("try:\n  open('x', 'r')\nexcept OSError as e:\n  print(e, e.errno, e.args)\nprint(OSError(17), OSError(28))", m.storage)).toBe("[Errno 2] ENOENT 2 (2,)\n[Errno 17] EEXIST 28\n");
  });

  it("whole-file writes reach the storage once, at flush or close", () => {
    const m = memStorage();
    ok("f = open('a.txt', 'w')\nf.write('one')\nf.write('two')\nprint(f.write('three'))", m.storage);
    // not closed: committed when the program ends, in one write
    expect(m.log).toEqual(['write /a.txt ""', 'write /a.txt "onetwothree"']);
    m.log.length = 0;
    ok("with open('a.txt', 'w') as f:\n  f.write('x')\n  f.flush()\n  f.write('y')\nprint(open('a.txt').read())", m.storage);
    expect(m.log).toEqual(['write /a.txt "x"', 'write /a.txt "xy"']);
  });

  it("append mode adds only what was written, with Storage.append", () => {
    const m = memStorage();
    m.files["/log.txt"] = "old\n";
    ok("f = open('log.txt', 'a')\nprint(f.tell())\nf.write('new\\n')\nprint(f.tell())\nf.close()", m.storage);
    expect(m.log).toEqual(['append /log.txt "new\\n"']);
    expect(m.files["/log.txt"]).toBe("old\nnew\n");
  });

  it("a full storage raises OSError 28 and keeps the old content", () => {
    const m = memStorage(100);
    m.files["/a.txt"] = "old";
    const out = ok("f = open('a.txt', 'w')\nf.write('x' * 200)\ntry:\n  f.close()\nexcept OSError as e:\n  print(e.errno)\nprint(f.closed, open('a.txt').read())", m.storage);
    expect(out).toBe("28\nTrue old\n");
  });

  it("with no storage: open gives ENOENT, os gives ENODEV", () => {
    expect(ok("import os\ntry:\n  open('a')\nexcept OSError as e:\n  print(e)\ntry:\n  os.listdir()\nexcept OSError as e:\n  print(e)", undefined)).toBe("[Errno 2] ENOENT\n[Errno 19] ENODEV\n");
  });

  it("print(file=) and json.dump/load go through file objects", () => {
    const m = memStorage();
    expect(ok("import json\nwith open('o.txt', 'w') as f:\n  print('a', 1, file=f)\n  json.dump({'k': [1, 2]}, f)\nprint(repr(open('o.txt').read()))\nwith open('j.json', 'w') as f:\n  json.dump([1, 'x'], f)\nwith open('j.json') as f:\n  print(json.load(f))", m.storage)).toBe("'a 1\\n{\"k\": [1, 2]}'\n[1, 'x']\n");
  });

  it("works under gc stress", () => {
    const m = memStorage();
    const src =
      "import io\nfor i in range(3):\n  with open('f%d.txt' % i, 'w') as f:\n    for j in range(5): f.write('line %d %d\\n' % (i, j))\n" +
      "n = 0\nfor i in range(3):\n  for line in open('f%d.txt' % i): n += len(line.split())\nprint(n)\n" +
      "s = io.StringIO()\nfor i in range(20): s.write(str(i))\nprint(s.getvalue())";
    expect(ok(src, m.storage, true)).toBe("45\n012345678910111213141516171819\n");
  });
});

describe("os", () => {
  it("uname, ilistdir, statvfs, urandom, sync, sep, getcwd, uos and uio", () => {
    const m = memStorage(1 << 16);
    const out = ok(
      "import os, uos, uio, io\nu = os.uname()\nprint(u.sysname, u[0], len(u), u.release == u[2], 'mpjs' in repr(u))\n" +
        "os.mkdir('d')\nopen('d/f', 'w').write('abc')\nos.mkdir('d/e')\nprint(list(os.ilistdir('d')))\n" +
        "print(os.statvfs('/')[:3])\nprint(len(os.urandom(16)), type(os.urandom(2)).__name__)\nprint(os.sync(), os.sep, os.getcwd())\n" +
        "os.chdir('d')\nprint(os.getcwd(), os.listdir())\nos.chdir('e')\nprint(os.getcwd())\nos.chdir('/')\nprint(os.getcwd())\n" +
        "print(uos.listdir is os.listdir, uio.StringIO is io.StringIO, uio.open is open)",
      m.storage,
    );
    expect(out).toBe(
      "mpjs mpjs 5 True True\n[('e', 16384, 0, 0), ('f', 32768, 0, 3)]\n(512, 512, 128)\n" +
        "16 bytes\nNone / /\n/d ['e', 'f']\n/d/e\n/\nTrue True True\n",
    );
  });

  it("paths are MicroPython's: '..' stops at the root, '.' and '//' collapse", () => {
    const m = memStorage();
    ok("import os\nos.mkdir('a')\nopen('../../a/./b.txt', 'w').write('x')\nos.chdir('a')\nopen('..//c.txt', 'w').write('y')", m.storage);
    expect(Object.keys(m.files).sort()).toEqual(["/", "/a", "/a/b.txt", "/c.txt"]);
  });
});

describe("import from files", () => {
  it("sys.path is MicroPython's; a missing module's ImportError", () => {
    const m = memStorage();
    expect(ok("import sys\nprint(sys.path)\ntry:\n  import nothere\nexcept ImportError as e:\n  print(e)", m.storage)).toBe("['', '.frozen', '/lib']\nno module named 'nothere'\n");
  });

  it("finds modules in /lib, sets __file__, and drops a module whose code raises", () => {
    const m = memStorage();
    m.files["/lib"] = true;
    m.files["/lib/util.py"] = "def hi():\n    return 'hi from ' + __name__\n";
    m.files["/bad.py"] = "import sys\nprint('bad' in sys.modules)\n1/0\n";
    m.files["/syn.py"] = "def (:\n";
    const out = ok(
      "import util\nprint(util.hi(), util.__file__)\nimport sys\ntry:\n  import bad\nexcept ZeroDivisionError:\n  print('ZeroDivisionError', 'bad' in sys.modules)\n" +
        "try:\n  import syn\nexcept SyntaxError:\n  print('SyntaxError', 'syn' in sys.modules)",
      m.storage,
    );
    expect(out).toBe("hi from util /lib/util.py\nTrue\nZeroDivisionError False\nSyntaxError False\n");
  });

  it("an error inside a submodule named by from-import propagates", () => {
    const m = memStorage();
    m.files["/pkg"] = true;
    m.files["/pkg/__init__.py"] = "";
    m.files["/pkg/bad.py"] = "1/0\n";
    expect(ok("try:\n  from pkg import bad\nexcept ZeroDivisionError:\n  print('ZeroDivisionError')\ntry:\n  from pkg import nothing\nexcept ImportError as e:\n  print('ImportError')", m.storage)).toBe("ZeroDivisionError\nImportError\n");
  });

  it("a folder without __init__.py is a namespace package", () => {
    const m = memStorage();
    m.files["/ns"] = true;
    m.files["/ns/mod.py"] = "V = 7\n";
    expect(ok("import ns.mod\nprint(ns.mod.V)\nfrom ns import mod\nprint(mod.V)", m.storage)).toBe("7\n7\n");
  });
});

describe("bytecode files", () => {
  const cli = join(process.cwd(), "dist/node/mpjs.js");
  it("mpjs compile writes an .mpb that import loads without the source, packages too", () => {
    const root = mkdtempSync(join(tmpdir(), "mpjs-unit-mpb-"));
    try {
      const src =
        "X = 10 ** 20 + 1\nF = (0.1, 1e999)\nS = 'h\u00e9 \u2713'\nB = b'\\x00\\xff'\n" +
        "def gen(n):\n    for i in range(n):\n        yield i * i\n" +
        "def outer(a, b=2, *args, c=3, **kw):\n    def inner(x):\n        return a + x + c\n    return inner(b), args, sorted(kw.items())\n" +
        "class K:\n    def __init__(self, x):\n        self.x = x\n";
      writeFileSync(join(root, "m.py"), src);
      execFileSync(process.execPath, [cli, "compile", join(root, "m.py")]);
      execFileSync("mkdir", [join(root, "pkg")]);
      writeFileSync(join(root, "pkg", "__init__.py"), "from . import m\nNAME = __name__\n");
      writeFileSync(join(root, "pkg", "m.py"), "V = 'pkg.m'\n");
      execFileSync(process.execPath, [cli, "compile", join(root, "pkg", "__init__.py"), "-o", join(root, "pkg", "__init__.mpb")]);
      execFileSync(process.execPath, [cli, "compile", join(root, "pkg", "m.py")]);
      for (const f of ["m.py", "pkg/__init__.py", "pkg/m.py"]) rmSync(join(root, f));
      expect(readFileSync(join(root, "m.mpb"), "latin1")).toMatch(/^mpjs bytecode 2\n\d+\n[\x20-\x7e]*$/);
      const out = execFileSync(process.execPath, [cli, "--root", root, "-c", "import m, pkg\nprint(m.X, m.F, m.S, m.B, list(m.gen(4)), m.outer(1, 5, 6, c=7, z=1), m.K(3).x, m.__file__)\nprint(pkg.NAME, pkg.m.V)"], { encoding: "utf8" });
      expect(out).toBe("100000000000000000001 (0.1, inf) h\u00e9 \u2713 b'\\x00\\xff' [0, 1, 4, 9] (13, (6,), [('z', 1)]) 3 m.mpb\npkg pkg.m\n");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("a source with a syntax error compiles to nothing and exit status 1; a bad .mpb is a ValueError", () => {
    const root = mkdtempSync(join(tmpdir(), "mpjs-unit-mpb-"));
    try {
      writeFileSync(join(root, "bad.py"), "def f(:\n");
      let status = 0;
      let err = "";
      try {
        execFileSync(process.execPath, [cli, "compile", join(root, "bad.py")], { stdio: "pipe" });
      } catch (e: any) {
        status = e.status;
        err = String(e.stderr);
      }
      expect(status).toBe(1);
      expect(err).toBe('Traceback (most recent call last):\n  File "bad.py", line 1\nSyntaxError: invalid syntax\n');
      expect(existsSync(join(root, "bad.mpb"))).toBe(false);
      writeFileSync(join(root, "g.mpb"), "not bytecode");
      const out = execFileSync(process.execPath, [cli, "--root", root, "-c", "try:\n  import g\nexcept ValueError as e:\n  print(e)"], { encoding: "utf8" });
      expect(out).toBe("incompatible .mpb file\n");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the Node CLI's --root", () => {
  const cli = join(process.cwd(), "dist/node/mpjs.js");
  it("is the board's '/', which no path climbs out of; boot.py and main.py run from it", () => {
    if (!existsSync(cli)) throw new Error("dist/node/mpjs.js is missing: run npm run build");
    const root = mkdtempSync(join(tmpdir(), "mpjs-unit-root-"));
    try {
      const out = execFileSync(process.execPath, [cli, "--root", root, "-c", "import os\nopen('../../../x.txt', 'w').write('hi')\nprint(os.listdir('/'), os.getcwd())"], { encoding: "utf8" });
      expect(out).toBe("['x.txt'] /\n");
      expect(readFileSync(join(root, "x.txt"), "utf8")).toBe("hi");
      writeFileSync(join(root, "boot.py"), "print('boot')\n");
      writeFileSync(join(root, "main.py"), "import helper\nprint('main', helper.N)\n");
      writeFileSync(join(root, "helper.py"), "N = 5\n");
      // --serial: mpjs boots as a board (a program piped to stdin without it just runs)
      const booted = execFileSync(process.execPath, [cli, "--root", root, "--serial"], { encoding: "utf8", input: "" });
      expect(booted).toMatch(/^boot\r\nmain 5\r\n/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
