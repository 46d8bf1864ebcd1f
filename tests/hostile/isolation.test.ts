// Isolation: Python code reaches the host only through mpjs's modules. No attribute, subscript,
// format field or introspection gives a Python program a host JavaScript object, its prototype,
// its constructor (Function, hence eval) or the global object; names that mean something to
// JavaScript (constructor, __proto__, prototype, toString, hasOwnProperty...) are plain Python
// names everywhere, and the host's globals are untouched by any program.
import { describe, it, expect } from "vitest";
import { interp } from "./harness";

const JS_NAMES = ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "__lookupGetter__", "call", "apply", "bind", "length", "caller", "callee", "arguments", "then", "eval", "Function", "globalThis", "process", "require"];
const OBJECTS = ["1", "1.5", "'s'", "b'b'", "[]", "{}", "()", "set()", "print", "len", "int", "type", "object", "None", "True", "(lambda: 0)", "A", "A()", "A().m", "iter([])", "(x for x in ())", "range(3)", "ValueError('e')", "sys", "__import__('sys') if 0 else sys", "slice(1)", "memoryview(b'x')"];

describe("isolation from the host", () => {
  it("every JavaScript name is an AttributeError on every kind of object, as getattr, hasattr and a format field", () => {
    const vm = interp(1024 * 1024);
    const src =
      "import sys\nclass A:\n    def m(self): pass\nbad = []\nn = 0\n" +
      "for o in [" + OBJECTS.join(", ") + "]:\n" +
      "    for name in " + JSON.stringify(JS_NAMES) + ":\n" +
      "        n += 1\n" +
      "        try:\n            getattr(o, name)\n            bad.append((repr(o), name, 'getattr'))\n        except AttributeError:\n            pass\n" +
      "        if hasattr(o, name):\n            bad.append((repr(o), name, 'hasattr'))\n" +
      "        try:\n            ('{0.' + name + '}').format(o)\n            bad.append((repr(o), name, 'format'))\n        except AttributeError:\n            pass\n" +
      "print(n, bad)\n";
    const r = vm.run(src, 20000);
    expect(r.err, r.stderr).toBe(null);
    expect(r.out).toBe(OBJECTS.length * JS_NAMES.length + " []\n");
  });

  it("JavaScript names are ordinary Python names: variables, attributes, keys, keyword arguments, re groups", () => {
    const vm = interp();
    const names = ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty"];
    let src = "";
    names.forEach((n, k) => (src += n + " = " + k + "\n"));
    src += "print(" + names.join(", ") + ")\n";
    src += "class B:\n" + names.map((n, k) => "    " + n + " = " + (k + 10) + "\n").join("") + "b = B()\n";
    src += "print(" + names.map((n) => "b." + n).join(", ") + ")\n";
    src += names.map((n, k) => "setattr(b, '" + n + "', " + (k + 20) + ")\n").join("");
    src += "print(" + names.map((n) => "getattr(b, '" + n + "')").join(", ") + ")\n";
    src += "d = {" + names.map((n, k) => "'" + n + "': " + (k + 30)).join(", ") + "}\n";
    src += "print(sorted(d.items()))\n";
    src += "def f(**kw):\n    return sorted(kw.items())\nprint(f(" + names.map((n, k) => n + "=" + k).join(", ") + "))\n";
    src += "def g(constructor, __proto__=2, *prototype, toString, **valueOf):\n    return constructor, __proto__, prototype, toString, valueOf\nprint(g(1, 2, 3, toString=4, hasOwnProperty=5))\n";
    src += "import re\nm = re.match('(?P<__proto__>a)(?P<constructor>b)(?P<toString>c)(?P=__proto__)', 'abca')\nprint(m.group('__proto__'), m.group('constructor'), sorted(m.groupdict().items()))\n";
    const r = vm.run(src);
    expect(r.err, r.stderr).toBe(null);
    expect(r.out).toBe(
      "0 1 2 3 4 5\n10 11 12 13 14 15\n20 21 22 23 24 25\n" +
        "[('__proto__', 31), ('constructor', 30), ('hasOwnProperty', 35), ('prototype', 32), ('toString', 33), ('valueOf', 34)]\n" +
        "[('__proto__', 1), ('constructor', 0), ('hasOwnProperty', 5), ('prototype', 2), ('toString', 3), ('valueOf', 4)]\n" +
        "(1, 2, (3,), 4, {'hasOwnProperty': 5})\n" +
        "a b [('__proto__', 'a'), ('constructor', 'b'), ('toString', 'c')]\n",
    );
  });

  it("introspection stays inside Python: __class__, __bases__, type.__dict__, __subclasses__, __globals__, %s of odd objects", () => {
    const vm = interp();
    const r = vm.run(
      "def show(f):\n    try:\n        v = f()\n        print(type(v).__name__)\n    except (AttributeError, NameError, TypeError) as e:\n        print(type(e).__name__)\n" +
        "show(lambda: ().__class__.__bases__[0])\n" +
        "show(lambda: ().__class__.__bases__[0].__subclasses__())\n" +
        "show(lambda: type.__dict__)\n" +
        "show(lambda: print.__self__)\n" +
        "show(lambda: print.__globals__)\n" +
        "show(lambda: len.__call__.__class__)\n" +
        "show(lambda: '{0.__class__.__base__}'.format(1))\n" +
        "show(lambda: '%s %r %s' % (print, object, type))\n" +
        "show(lambda: '%s' % (lambda: 0).__code__)\n" +
        "show(lambda: getattr(getattr(1, '__class__'), '__mro__'))\n" +
        "show(lambda: eval)\n",
    );
    expect(r.err, r.stderr).toBe(null);
    // whatever is reachable is a Python object of a Python type; none is a host value
    for (const line of r.out.trim().split("\n")) expect(line).toMatch(/^(type|tuple|list|dict|str|function|builtin_function_or_method|AttributeError|NameError|TypeError|code|method|bound_method|mappingproxy|module)$/);
  });

  it("eval and exec are not the host's: a JavaScript expression is Python source to them", () => {
    const vm = interp();
    const r = vm.run("for s in ['globalThis', 'this', 'process.exit(1)', 'new Function(\"return 1\")', 'require(\"fs\")']:\n    try:\n        print(eval(s))\n    except Exception as e:\n        print(type(e).__name__)\n");
    expect(r.out).toMatch(/^((NameError|SyntaxError|TypeError)\n){5}$/);
  });

  it("programs leave the host's globals as they were", () => {
    const before = Object.getOwnPropertyNames(globalThis).sort().join(",");
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort().join(",");
    const vm = interp();
    vm.run("constructor = 1\n__proto__ = 2\nclass Object:\n    prototype = 3\nimport sys\nsys.modules['globalThis'] = 4\nx = {'__proto__': {'polluted': 1}}\n");
    expect(Object.getOwnPropertyNames(globalThis).sort().join(",")).toBe(before);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join(",")).toBe(protoBefore);
    expect(({} as any).polluted).toBe(undefined);
  });
});
