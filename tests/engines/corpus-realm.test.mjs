// The corpus on each engine bundle in a Node vm realm without what Espruino lacks (realm.mjs),
// with timers (programs may run in slices, as on Espruino and IoT.js), and the espruino bundle
// again under GC stress with its default heap.
import { BUNDLES, runRealm } from "../lib/corpus.mjs";
import { corpusSuite } from "./suite.mjs";

corpusSuite("restricted realm, espruino bundle", (p) => runRealm(BUNDLES.espruino, p), { lineConsole: true });
corpusSuite("restricted realm, jerryscript bundle", (p) => runRealm(BUNDLES.jerryscript, p), { lineConsole: true });
corpusSuite("restricted realm, espruino bundle, gcStress", (p) => runRealm(BUNDLES.espruino, p, { gcStress: true }), { lineConsole: true });
