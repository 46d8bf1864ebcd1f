// The corpus on Duktape (duk, strict ES5, no timers) with the full-profile bundles of both engine
// targets (dist/*/mpjs-full.js), one duk process per program. A program on duk costs about a
// tenth of a second, and the default bundles' duk suites already run the rest of the corpus: these
// run the programs those leave out (profile-full.txt, files.txt), files on the simulated Storage and
// IoT.js fs of storagePrelude (corpus.mjs).
import { execFileSync } from "node:child_process";
import { BUNDLES, HEAP, runDuk } from "../lib/corpus.mjs";
import { corpusSuite, leftOutOfDefaultProfile } from "./suite.mjs";

try {
  execFileSync("duk", ["-e", "1"], { stdio: "ignore" });
} catch (e) {
  throw new Error("duk (Duktape) is not installed: apt-get install -y duktape (.ci/run does it)");
}

const programs = leftOutOfDefaultProfile();
const options = { lineConsole: true, concurrency: 2, full: true, programs };
corpusSuite("duk, espruino full bundle", (p) => runDuk(BUNDLES.espruinoFull, p, { heapSize: HEAP.engines }), options);
corpusSuite("duk, jerryscript full bundle", (p) => runDuk(BUNDLES.jerryscriptFull, p, { heapSize: HEAP.engines }), options);
