// tools/inline-once.mjs: a function called from one place becomes statements in that place, and
// the program does what it did.

import { describe, expect, it } from "vitest";
import { runInNewContext } from "node:vm";
import { parse } from "acorn";
import { inlineOnceRun } from "../../tools/inline-once.mjs";

// All the runs a bundle gets (tools/inline-once.mjs takes one level of calls per run).
function inline(code, branchLimit) {
  const names = [];
  for (let r; (r = inlineOnceRun(code, branchLimit)); code = r.code) names.push(...r.inlined);
  parse(code, { ecmaVersion: 5 });
  return { code, names };
}

// What a program leaves in `out`, run in a realm of its own.
const run = (code) => runInNewContext(code + "; out", { out: [] });

// The function declarations left in a program.
const declared = (code) => (code.match(/function \w+/g) || []).map((s) => s.slice(9));

// Each program is an IIFE as rollup writes a bundle, `out` collecting what it did.
const SAME = {
  "a call statement, its arguments in order": `(function () {
    function show(a, b) { out.push(a + "/" + b); }
    function arg(x) { out.push("arg " + x); return x; }
    show(arg(1), arg(2));
  })()`,
  "a return of the call, and a callee that ends without one": `(function () {
    function half(n) { if (n % 2) return; return n / 2; }
    function get(n) { return half(n); }
    out.push(get(4), get(3));
  })()`,
  "x = f(), the returns before the end through a break": `(function () {
    function sign(n) { if (n < 0) return -1; if (n === 0) return 0; out.push("positive"); }
    var s;
    for (var k = -1; k < 2; k++) { s = 7; s = sign(k); out.push(s); }
  })()`,
  "var x = f() in a loop: the callee's variables start undefined each time": `(function () {
    function count(k) { var seen; if (k === 0) seen = "first"; var n = k * 2; out.push(seen, n); return n; }
    for (var k = 0; k < 3; k++) { var r = count(k); out.push(r); }
  })()`,
  "missing arguments are undefined, and so are they on the next turn of a loop": `(function () {
    function pair(a, b) { out.push(a, b); b = 5; }
    for (var k = 0; k < 2; k++) pair(k);
  })()`,
  "a returned sequence, and an object literal returned to a call statement": `(function () {
    var log = 0;
    function seq() { return (log++, log * 10); }
    function obj() { return { a: log++ }; }
    var v = seq();
    obj();
    out.push(v, log);
  })()`,
  "callees in callees, one level per run": `(function () {
    function inner(x) { return x + 1; }
    function middle(x) { var y = inner(x); return y * 2; }
    function outer(x) { var z = middle(x); return z - 1; }
    out.push(outer(3));
  })()`,
  "a callee's name the caller also has (renamed)": `(function () {
    function twice(n) { var i = n * 2; return i; }
    for (var i = 0; i < 3; i++) { var t = twice(i); out.push(t + i); }
  })()`,
  "a call its statement evaluates first: the test of an if, a return's left operand, a var's member": `(function () {
    function big(n) { if (n > 9) return true; out.push("small " + n); return false; }
    function twice(n) { return n * 2; }
    function list(n) { var a = []; while (n--) a.push(n); return a; }
    function either(n) { return n ? n : null; }
    for (var k = 8; k < 12; k++) if (big(k)) out.push("big " + k);
    function f(n) { return twice(n) + 1; }
    out.push(f(4));
    var len = list(3).length, two = 2;
    var e;
    e = either(0) || "none";
    out.push(len, two, e);
  })()`,
  "a small function, called from two places (in a loop, and in an if)": `(function () {
    function add(a, b) { var s = a + b; return s; }
    var t = 0;
    for (var k = 0; k < 3; k++) t = add(t, k);
    if (t > 2) { var w = add(t, 1); out.push(w); }
    out.push(t);
  })()`,
  "a call after only what no call can change: a function's name, a parameter never set, a literal": `(function () {
    function wrap(x) { return "<" + x + ">"; }
    function twice(n) { return n * 2; }
    function one() { return 1; }
    function get(T, k) { return "" + T[one() + k]; }
    function show(n) { var s = wrap(twice(n)); out.push(s); }
    show(4);
    var g = get(["a", "b", "c"], 1);
    out.push(g);
  })()`,
  "a small function called twice in one statement, one call the other's argument": `(function () {
    function inc(n) { return n + 1; }
    function show(x) { out.push(x); }
    show(inc(inc(1)));
  })()`,
  "a call after the caller's own variables, which the callee cannot reach": `(function () {
    function word(n) { return "w" + n; }
    function twice(n) { return n * 2; }
    function pair(a, b) { return a + ":" + b; }
    function tag(n) { return "<" + n + ">"; }
    function build(n) { var s = "", k = n; s += word(k); var p = pair(k, twice(k)); var t = "n=" + n + k + tag(n + 1); out.push(s, p, t); }
    build(3);
  })()`,
  "a tiny function, called from many places": `(function () {
    var sp = 10;
    function drop(n) { sp -= n; }
    drop(1);
    for (var k = 0; k < 3; k++) { drop(k); out.push(sp); }
    if (sp > 2) drop(2);
    out.push(sp);
  })()`,
  "a call in a branch of c ? a : b that is a statement's value: the statement becomes an if": `(function () {
    function tup(x) { out.push("tuple"); return [x, x]; }
    function lst(x) { return [x]; }
    function make(asList, x) { return asList ? lst(x) + lst(x) : tup(x); }
    function bits(n) { return n ? (n - 1) * 16 + small(n) : 0; }
    function small(n) { out.push("small " + n); return n * 3; }
    function pick(it) { var v = it > 2 ? later(it) : it; return v; }
    function later(n) { return n + 100; }
    function wrapped(e, v) { e = e > 1 ? v : newer(e, inner(v)); return e; }
    function inner(v) { return (out.push("inner"), v + 1); }
    function newer(a, b) { return a * 1000 + b; }
    function seq(c) { var r = c ? (out.push("a"), 1) : once(c); return r; }
    function once(c) { return c + 7; }
    out.push(make(true, 1), make(false, 2), bits(0), bits(2), pick(1), pick(5), wrapped(0, 4), wrapped(2, 4), seq(1), seq(0));
  })()`,
  "try and catch in the callee": `(function () {
    function attempt(f) { try { f(); out.push("ok"); } catch (e) { out.push("caught " + e); } }
    attempt(function () { throw "x"; });
  })()`,
};

describe("inline-once", () => {
  it.each(Object.keys(SAME))("does what the program did: %s", (name) => {
    const before = SAME[name];
    const { code, names } = inline(before);
    expect(names.length).toBeGreaterThan(0);
    expect(run(code)).toEqual(run(before));
  });

  it.each(["a call after the caller's own variables, which the callee cannot reach", "a tiny function, called from many places"])("takes every function of the program: %s", (name) => {
    expect(declared(inline(SAME[name]).code)).toEqual([]);
  });

  it("writes the callee's statements where the call was, with its names renamed", () => {
    const { code } = inline(`(function () {
      function show(a, b) { var s = a + b; out.push(s); }
      var a = 1;
      show(a, 2);
    })()`);
    expect(declared(code)).toEqual([]);
    expect(code.replace(/\s+/g, " ")).toContain("{ var a$i1 = a, b$i1 = 2; var s$i1 = a$i1 + b$i1; out.push(s$i1); }");
  });

  const KEPT = {
    "is called from two places, and is not small": `function f() { out.push("a text long enough to make this body longer than a hundred characters", "and a second one"); } f(); f();`,
    "is small but called from three places": `function f() { out.push(1, 2, 3, 4, 5, 6); } f(); f(); f();`,
    "is used as a value": `function f() { out.push(1); } out.push(f);`,
    "is called after something else its statement evaluates": `function f() { return 1; } out.push(f() + 1);`,
    "is called after a variable that something sets": `var y = 1; function f() { y = 2; return 1; } function g(a, b) { return a + b; } out.push(g(y, f()));`,
    "is called for a compound assignment": `var x = 1; function f() { x = 5; return 1; } x += f();`,
    "is called for a member's assignment": `var o = {}; function f() { return 1; } o.p = f();`,
    "uses this": `function f() { out.push(this); } f();`,
    "uses arguments": `function f() { out.push(arguments.length); } f();`,
    "defines a function": `function f() { return function () { return 1; }; } var g = f();`,
    "uses a name that is another variable at the call site": `var n = 1; function f() { out.push(n); } (function (n) { f(); })(2);`,
    "is called after a variable of the caller that a function in the caller sets": `function f() { return 1; } function g(a, b) { return a + b; } function h() { var y = 1; function set() { y = 2; } out.push(g(y, f()), set); } h(); h(); h();`,
    "is called after a variable of the caller that its arguments set": `function f(a) { return a; } function g(a, b) { return a + b; } function h() { var y = 1; out.push(g(y, f(y = 2))); } h(); h(); h();`,
    "has a return that must become a break inside a loop": `function f(a) { for (var k = 0; k < a.length; k++) if (a[k]) return k; out.push(-1); } f([0]);`,
    "has a return that must become a break inside a try": `function f() { try { return 1; } finally { out.push(2); } out.push(3); } f();`,
    "uses the variable its value goes to": `var x = 1; function f() { return x + 1; } x = f();`,
    "is given more arguments than it has parameters": `function f(a) { out.push(a); } f(1, 2);`,
    "is recursive": `function f(n) { if (n) f(n - 1); } `,
  };
  it.each(Object.keys(KEPT))("leaves alone a function that %s", (name) => {
    const program = `(function () { ${KEPT[name]} })()`;
    expect(inlineOnceRun(program)).toBe(null);
  });

  it("takes a long callee into a branch only up to branchLimit (Espruino reads a skipped branch)", () => {
    const program = `(function () {
      function long(a) { out.push(a, a + 1, a + 2, a + 3, a + 4, a + 5); }
      function short(a) { out.push(a); }
      if (out.length === 0) long(1);
      if (out.length > 0) short(2);
      long2(3);
      function long2(a) { out.push(a, a + 1, a + 2, a + 3, a + 4, a + 5); }
    })()`;
    const { code, names } = inline(program, 40);
    expect(names.sort()).toEqual(["long2", "short"]);
    expect(run(code)).toEqual(run(program));
    expect(inline(program).names.length).toBe(3);
  });
});
