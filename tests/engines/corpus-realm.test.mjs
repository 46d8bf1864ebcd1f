// The corpus on each engine bundle in a Node vm realm without what Espruino lacks (realm.mjs),
// with timers (programs may run in slices, as on Espruino and IoT.js), and the espruino bundle
// again under GC stress (heap sizes: HEAP in corpus.mjs).
import { BUNDLES, HEAP, runRealm } from "../lib/corpus.mjs";
import { corpusSuite } from "./suite.mjs";

corpusSuite("restricted realm, espruino bundle", (p) => runRealm(BUNDLES.espruino, p, { heapSize: HEAP.engines }), { lineConsole: true });
corpusSuite("restricted realm, jerryscript bundle", (p) => runRealm(BUNDLES.jerryscript, p, { heapSize: HEAP.engines }), { lineConsole: true });
corpusSuite("restricted realm, espruino bundle, gcStress", (p) => runRealm(BUNDLES.espruino, p, { gcStress: true, heapSize: HEAP.gcStress }), { lineConsole: true });
