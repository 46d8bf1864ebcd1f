// Programs at the limits: deep recursion, deeply nested data and source, and requests far bigger
// than the heap. Each ends in RuntimeError, MemoryError (OverflowError where the size does not
// even fit a machine word, as MicroPython on a 32-bit board), or SyntaxError for source; never a
// host stack overflow, an internal error, a hang, or the host's own memory running out; and the
// interpreter goes on.
import { describe, it, expect } from "vitest";
import { interp } from "./harness";

const RE = "RuntimeError: maximum recursion depth exceeded";

function rep(s: string, n: number): string {
  let out = "";
  for (let k = 0; k < n; k++) out += s;
  return out;
}

describe("deep recursion", () => {
  it("def f(): f() ends in RuntimeError, caught or not", () => {
    const vm = interp();
    expect(vm.run("def f():\n    f()\nf()").err).toBe(RE);
    const r = vm.run("def f():\n    f()\ntry:\n    f()\nexcept RuntimeError as e:\n    print('caught', e)\n");
    expect(r.out).toBe("caught maximum recursion depth exceeded\n");
  });
});

describe("deeply nested data", () => {
  // built once per test: 10,000 levels of each kind
  const build =
    "x = []\ny = []\nt = ()\nd = {}\nfor i in range(10000):\n    x = [x]\n    y = [y]\n    t = (t,)\n    d = {1: d}\n";
  const cases: [string, string[]][] = [
    ["repr(x)", [RE]],
    ["str(t)", [RE]],
    ["repr(d)", [RE]],
    ["x == y", [RE]],
    ["x < y", [RE]],
    ["hash(t)", [RE]],
    ["x in [y]", [RE]],
    ["sorted([x, y])", [RE]],
    ["import json\njson.dumps(x)", [RE]],
    ["import json\njson.loads('[' * 10000 + ']' * 10000)", [RE, "MemoryError"]],
    ["print(x == x, t == t)", ["ok"]],
  ];
  it.each(cases)("%s", (expr, want) => {
    const vm = interp(2 * 1024 * 1024);
    expect(vm.run(build).err).toBe(null);
    const r = vm.run(expr);
    expect(want, r.err + "\n" + r.stderr).toContain(r.err === null ? "ok" : r.err);
    // the structures are still there and the interpreter goes on
    expect(vm.run("n = 0\nwhile x:\n    x = x[0]\n    n += 1\nprint(n)").out).toBe("10000\n");
  });
});

describe("huge requests", () => {
  const cases: [string, string[]][] = [
    ["'x' * (1 << 30)", ["MemoryError"]],
    ["b'x' * (1 << 30)", ["MemoryError"]],
    ["[0] * (1 << 30)", ["MemoryError"]],
    ["(1, 2) * (1 << 30)", ["MemoryError"]],
    ["bytearray(1 << 30)", ["MemoryError"]],
    ["bytes(1 << 40)", ["MemoryError"]],
    ["bytearray(1 << 47)", ["MemoryError"]],
    ["b'x' * (1 << 40)", ["MemoryError"]],
    ["bytearray(1 << 29)", ["MemoryError"]],
    ["bytes(1 << 29)", ["MemoryError"]],
    ["list(range(1 << 30))", ["MemoryError"]],
    ["10 ** 100000", ["ok", "MemoryError"]],
    ["1 << (1 << 40)", ["OverflowError", "MemoryError"]],
    ["'1'.zfill(1 << 30)", ["MemoryError"]],
    ["'a'.ljust(1 << 30)", ["MemoryError"]],
    ["'a'.center(1 << 30)", ["MemoryError"]],
    ["'\\t'.expandtabs(1 << 30)", ["MemoryError"]],
    ["'%1073741824d' % 1", ["MemoryError"]],
    ["'%0*d' % (1 << 29, 1)", ["MemoryError"]],
    ["'%.1000000000f' % 1.0", ["MemoryError"]],
    ["'%.500000000d' % 1", ["MemoryError"]],
    ["format(1.0, '.500000000e')", ["MemoryError"]],
    ["format(1, '0500000000d')", ["MemoryError"]],
    ["format(1, '0500000000,d')", ["MemoryError"]],
    ["f'{1:{1 << 29}}'", ["MemoryError"]],
    ["','.join(['a'] * (1 << 20))", ["MemoryError"]],
    ["int('9' * 2000000)", ["MemoryError"]],
    // (a width from the arguments: a big int was read as a garbage width)
    ["'%*d' % (1 << 40, 1)", ["MemoryError"]],
    ["'%*d' % (1 << 80, 1)", ["OverflowError"]],
    // (an int's bytes, an array repeated, a regular expression's counted repeat: each built its
    // whole result in host memory first, and V8 ended the process)
    ["(1).to_bytes(1 << 30, 'little')", ["MemoryError"]],
    ["(1).to_bytes(1 << 40, 'little')", ["MemoryError"]],
    ["__import__('array').array('i', [0]) * (1 << 30)", ["MemoryError"]],
    ["__import__('array').array('b', b'a' * 100000) * 100000", ["MemoryError"]],
    ["__import__('array').array('i') * (1 << 30)", ["ok"]],
    ["__import__('re').compile('a{1000000000}')", ["MemoryError"]],
    // (random bits: the digits were made in a host array first)
    ["__import__('random').getrandbits(1 << 31)", ["MemoryError"]],
    ["__import__('random').getrandbits(1 << 28)", ["MemoryError"]],
    // (a struct format's repeat count: each value of '1000000000i' was a triple in a host array,
    // and pack filled a host array of the whole size before the heap was asked)
    ["__import__('struct').pack('1000000000x')", ["MemoryError"]],
    ["__import__('struct').pack('536870912s', b'')", ["MemoryError"]],
    ["__import__('struct').unpack('1000000000i', b'')", ["error"]],
    ["__import__('struct').calcsize('99999999999999999999i')", ["error"]],
    // (an int rounded at 10^n for a large n: 0, without making 10^n)
    ["round(25, -(1 << 40))", ["ok"]],
    ["round(-(10 ** 50), -(1 << 29))", ["ok"]],
  ];
  it.each(cases)("%s", (expr, want) => {
    const vm = interp(256 * 1024);
    const r = vm.run("x = " + expr + "\nprint('ok')", 20000);
    expect(want, r.err + "\n" + r.stderr).toContain(r.err === null ? "ok" : r.err.replace(/:.*/, ""));
    expect(r.interrupted).toBe(false);
    expect(vm.run("x = None\nprint('goes on')").out).toBe("goes on\n");
  });

  it("a literal of more digits than the heap holds is a MemoryError at compile time", () => {
    const vm = interp(256 * 1024);
    const r = vm.run("x = 0x" + rep("f", 1000000) + "\nprint('ran')", 20000);
    expect(r.err).toBe("MemoryError");
    expect(r.out).toBe("");
    expect(r.interrupted).toBe(false);
    // one that fits is still read right
    expect(vm.run("x = 0x" + rep("f", 2000) + "\nprint(x == (1 << 8000) - 1)").out).toBe("True\n");
  });
});

// Text a builtin builds from repeated references is far bigger than the objects it is made of
// (here ~900 million characters): each used to grow a host string until the host gave out (V8
// ended the process, or its RangeError was read as a recursion error); now MemoryError once the
// text is longer than the heap.
describe("text far bigger than its objects", () => {
  const cases = [
    "','.join(['a' * 30000] * 30000)",
    "b','.join([b'a' * 30000] * 30000)",
    "('\\t' * 30000).expandtabs(30000)",
    "('{}' * 30000).format(*(['a' * 30000] * 30000))",
    "('%s' * 30000) % tuple(['a' * 30000] * 30000)",
    "repr(['a' * 30000] * 30000)",
    "str((b'a' * 30000,) * 30000)",
    "repr({i: 'a' * 30000 for i in range(30000)})",
    "repr(dict.fromkeys(range(30000), 'a' * 30000).items())",
    "('a' * 30000).replace('a', 'b' * 30000)",
    "('a' * 30000).translate({97: 'b' * 30000})",
    "f\"{['a' * 30000] * 30000}\"",
    "__import__('json').dumps(['a' * 30000] * 30000)",
    "__import__('re').sub('a', 'b' * 30000, 'a' * 30000)",
    "repr(__import__('collections').deque(['a' * 30000] * 30000))",
  ];
  it.each(cases)("%s", (expr) => {
    const vm = interp(1024 * 1024);
    const r = vm.run("x = " + expr + "\nprint('ok')", 20000);
    expect(r.err).toBe("MemoryError");
    expect(r.interrupted).toBe(false);
    expect(vm.run("x = None\nprint('goes on')").out).toBe("goes on\n");
  });
});

describe("deeply nested source", () => {
  // each at 1000 levels: the compiler recurses (or recompiles) per level
  const cases: [string, string][] = [
    ["parentheses", "x = " + rep("(", 1000) + "1" + rep(")", 1000)],
    ["lists", "x = " + rep("[", 1000) + rep("]", 1000)],
    ["dicts", "x = " + rep("{1: ", 1000) + "1" + rep("}", 1000)],
    ["calls", "x = " + rep("f(", 1000) + rep(")", 1000)],
    ["unary minus", "x = " + rep("-", 100000) + "1"],
    ["power", "x = 2" + rep(" ** 1", 10000)],
    ["lambdas", "x = " + rep("lambda: ", 3000) + "1"],
    ["blocks", (() => {
      let s = "";
      for (let k = 0; k < 1000; k++) s += rep(" ", k) + "if 1:\n";
      return s + rep(" ", 1000) + "pass\n";
    })()],
    ["nested comprehensions (each compiled twice)", "x = [" + rep("[i for i in ", 50) + "()" + rep("]", 50) + "]"],
    ["nested conditional expressions (each compiled twice)", "x = " + rep("(", 60) + "1" + rep(" if 1 else 1)", 60)],
  ];
  it.each(cases)("%s", (_name, src) => {
    const vm = interp(1024 * 1024);
    const r = vm.run(src + "\nprint('ran')", 20000);
    expect(r.interrupted).toBe(false);
    expect(["ran", RE, "MemoryError", "SyntaxError: invalid syntax"], r.err + "\n" + r.stderr).toContain(r.err === null ? r.out.trim() : r.err);
    expect(vm.run("print('goes on')").out).toBe("goes on\n");
  });

  it("nesting a program really uses still compiles", () => {
    const vm = interp();
    const r = vm.run("x = " + rep("(", 50) + "1" + rep(")", 50) + "\ny = [" + rep("[i for i in ", 6) + "(1,)" + rep("]", 6) + "]\nprint(x, y)");
    expect(r.out).toBe("1 [[1]]\n");
  });
});

describe("what a finished program leaves", () => {
  // (vm.ts newFrame zeroed only a frame's slots: a value an earlier frame had left on the value
  // stack stayed there, and the collector, which scans whole frames, kept its object alive)
  it("is collected once its globals are gone, a big constant included", () => {
    const vm = interp(256 * 1024);
    const mem = () => Number(vm.run("import gc\ngc.collect()\nprint(gc.mem_alloc())").out);
    const base = mem();
    expect(vm.run("x = '" + rep("a", 100000) + "'\nprint(len(x))").out).toBe("100000\n");
    vm.run("globals().clear()\n__name__ = '__main__'");
    expect(mem()).toBeLessThan(base + 4096);
  });
});
