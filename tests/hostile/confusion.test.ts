// Type confusion: every builtin function and every method of the builtin types, called with
// arguments of every kind (ints small and big, float, None, str, bytes, bytearray, containers, a
// function, an object). Natives read their arguments' heap words directly, so an argument of the
// wrong type must be refused before it is read as something it is not: print(end=5) once printed
// the heap as text, and (1).to_bytes({}) read a dict as a big int's digit count and never ended.
// Each call must return or raise a Python exception; nothing it returns may hold heap bytes
// (control characters in a repr); the heap must stay consistent (the harness checks).
import { describe, it, expect } from "vitest";
import { interp } from "./harness";

const FUNCTIONS = ["abs", "all", "any", "bin", "callable", "chr", "divmod", "enumerate", "filter", "float", "frozenset", "getattr", "hasattr", "hash", "hex", "id", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "oct", "ord", "range", "repr", "reversed", "round", "set", "setattr", "sorted", "str", "sum", "tuple", "type", "zip", "bytes", "bytearray", "memoryview", "dict", "slice", "format", "bool", "delattr"];

const PROGRAM = `
vals = [0, -1, 2**70, 1.5, None, 'ab', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, range(2), len, object()]
fns = [(n, eval(n)) for n in ${JSON.stringify(FUNCTIONS)}]
for o in ['ab', b'ab', bytearray(b'ab'), [3, 1], (1,), {1: 2}, {1}, 1, 1.5, range(3)]:
    for m in dir(o):
        if not m.startswith('__'):
            fns.append((type(o).__name__ + '.' + m, getattr(o, m)))
calls = 0
bad = []
for name, f in fns:
    for a in vals:
        for args in ((a,), (a, a), (1, a), (a, 1), ('x', a), (a, 'x', 1)):
            try:
                s = repr(f(*args))
            except Exception as e:
                s = type(e).__name__
            calls += 1
            for ch in s:
                if ord(ch) < 32:
                    bad.append((name, args))
                    break
print(calls > 15000, bad)
`;

// The same through the types: str.upper(5), list.append(memoryview(b''), 1), with every kind of
// object as self (a native method reads its self's words as its own type's unless the call checks it).
const UNBOUND = `
vals = [0, -1, 2**70, 1.5, None, 'ab', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, range(2), len, object(), frozenset([1]), memoryview(b'ab'), slice(1), True]
types = [str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, range, memoryview, object, slice, bool]
calls = 0
bad = []
for t in types:
    for m in dir(t):
        f = getattr(t, m)
        if m in ('__new__', '__init__', '__class__') or not callable(f):
            continue
        for a in vals:
            for args in ((a,), (a, a), (a, 1), (a, 'x'), (a, 'x', 1)):
                try:
                    s = repr(f(*args))
                except Exception as e:
                    s = type(e).__name__
                calls += 1
                if s == 'MemoryError' or any(ord(ch) < 32 for ch in s):
                    bad.append((t.__name__, m, args))
print(calls > 5000, bad)
`;

// runs a program on a fresh 1 MB interpreter; it must end without error and find nothing bad
function clean(src: string): void {
  const vm = interp(1024 * 1024);
  const r = vm.run(src, 60000);
  expect(r.err, r.stderr).toBe(null);
  expect(r.out).toBe("True []\n");
}

describe("type confusion", () => {
  it("every builtin and method with arguments of every type: Python exceptions, no heap bytes, heap consistent", () => {
    clean(PROGRAM);
  }, 120000);

  it("every method of every builtin type called through the type with every kind of self", () => {
    clean(UNBOUND);
  }, 120000);
});
