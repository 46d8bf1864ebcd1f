// The corpus on Duktape (duk, strict ES5, no timers) with the espruino bundle, one duk process per
// program. Duktape has print (stdout) and alert (stderr); .ci/run installs it when missing.
import { execFileSync } from "node:child_process";
import { BUNDLES, HEAP, runDuk } from "../lib/corpus.mjs";
import { corpusSuite } from "./suite.mjs";

try {
  execFileSync("duk", ["-e", "1"], { stdio: "ignore" });
} catch (e) {
  throw new Error("duk (Duktape) is not installed: apt-get install -y duktape (.ci/run does it)");
}

corpusSuite("duk, espruino bundle", (p) => runDuk(BUNDLES.espruino, p, { heapSize: HEAP.engines }), { lineConsole: true, concurrency: 2 });
