// A Node `vm` realm shaped like Espruino: every global and built-in member that ENGINES.md says
// Espruino (or Duktape) lacks is deleted from the realm's own built-ins, so a bundle that uses
// one throws there. Typed arrays keep only set and subarray (and length, buffer, byteLength,
// byteOffset); Number.MAX_SAFE_INTEGER and Number.EPSILON cannot be deleted (they are not
// configurable), so the realm's Number is replaced by a function with ES5's statics only.
// The realm has print, console.log (stdout), console.error (stderr) and, unless timers are off,
// setTimeout/clearTimeout; every call into the realm runs under a time limit.

import vm from "node:vm";
import { FORBIDDEN_GLOBALS, MISSING_BY_PROTOTYPE, MISSING_STATICS, TYPED_ARRAYS, TYPED_ARRAY_MEMBERS } from "./dialect.mjs";

const RESTRICT = `(function (g, forbidden, statics, methods, typedArrays, typedKeep) {
  var i, k;
  for (i = 0; i < forbidden.length; i++) delete g[forbidden[i]];
  delete g.WeakRef; delete g.FinalizationRegistry; delete g.SharedArrayBuffer; delete g.Atomics;
  for (k in statics) {
    if (k === "Number" || !g[k]) continue;
    for (i = 0; i < statics[k].length; i++) delete g[k][statics[k][i]];
  }
  for (k in methods)
    for (i = 0; i < methods[k].length; i++) delete g[k].prototype[methods[k][i]];
  delete ArrayBuffer.prototype.slice;
  var ta = Object.getPrototypeOf(Uint8Array.prototype);
  var names = Object.getOwnPropertyNames(ta);
  for (i = 0; i < names.length; i++)
    if (names[i] !== "constructor" && typedKeep.indexOf(names[i]) < 0) delete ta[names[i]];
  delete Object.getPrototypeOf(Uint8Array).from;
  delete Object.getPrototypeOf(Uint8Array).of;
  var N0 = Number;
  var N = function Number(v) {
    var x = arguments.length ? N0(v) : 0;
    return this instanceof N ? new N0(x) : x;
  };
  N.prototype = N0.prototype;
  N0.prototype.constructor = N;
  var es5 = ["MAX_VALUE", "MIN_VALUE", "NaN", "NEGATIVE_INFINITY", "POSITIVE_INFINITY"];
  for (i = 0; i < es5.length; i++) N[es5[i]] = N0[es5[i]];
  g.Number = N;
})`;

export class RealmTimeout extends Error {}

// options: {timers: true, timeoutMs: 60000}
export function createRealm(options = {}) {
  const timers = options.timers !== false;
  const timeoutMs = options.timeoutMs || 60000;
  const deadline = Date.now() + timeoutMs;
  const out = [];
  const err = [];
  const pending = new Set();
  let dead = false;
  const sandbox = {};
  const context = vm.createContext(sandbox, { name: "restricted realm" });
  vm.runInContext(RESTRICT, context)(
    vm.runInContext("this", context),
    vm.runInContext(JSON.stringify(FORBIDDEN_GLOBALS), context),
    vm.runInContext(`(${JSON.stringify(MISSING_STATICS)})`, context),
    vm.runInContext(`(${JSON.stringify(MISSING_BY_PROTOTYPE)})`, context),
    vm.runInContext(JSON.stringify(TYPED_ARRAYS), context),
    vm.runInContext(JSON.stringify(TYPED_ARRAY_MEMBERS), context),
  );

  const realm = {
    context,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    // Runs code in the realm under the time left; throws RealmTimeout when it runs out.
    run(code, filename = "realm.js") {
      return realm.runScript(new vm.Script(code, { filename }));
    },
    runScript(script) {
      const left = deadline - Date.now();
      if (left <= 0 || dead) throw new RealmTimeout("time limit");
      try {
        return script.runInContext(context, { timeout: left });
      } catch (e) {
        if (e && e.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
          realm.kill();
          throw new RealmTimeout("time limit");
        }
        throw e;
      }
    },
    // Calls fn (a function of the realm) under the time left.
    call(fn, ...args) {
      context.__call = () => fn(...args);
      try {
        return realm.runScript(CALL);
      } finally {
        delete context.__call;
      }
    },
    kill() {
      dead = true;
      for (const t of pending) clearTimeout(t);
      pending.clear();
    },
    // A promise settled when no timer is pending any more (or the time is up).
    idle() {
      return new Promise((resolve) => {
        const check = () => {
          if (pending.size === 0 || dead) resolve();
          else setTimeout(check, 1);
        };
        check();
      });
    },
    errors: [],
  };

  const line = (buf) => (...a) => {
    buf.push(a.map(String).join(" ") + "\n");
  };
  sandbox.print = line(out);
  sandbox.console = { log: line(out), error: line(err) };
  if (timers) {
    sandbox.setTimeout = (fn, ms) => {
      if (dead) return 0;
      const t = setTimeout(() => {
        pending.delete(t);
        if (dead) return;
        try {
          realm.call(fn);
        } catch (e) {
          realm.errors.push(e);
          realm.kill();
        }
      }, ms || 0);
      pending.add(t);
      return t;
    };
    sandbox.clearTimeout = (t) => {
      pending.delete(t);
      clearTimeout(t);
    };
  }
  return realm;
}

const CALL = new vm.Script("__call()", { filename: "realm-call.js" });
