// The whole corpus on the full-profile bundle of each engine target (dist/*/mpjs-full.js) in the
// restricted realm (realm.mjs: without what Espruino lacks, with timers), files on the simulated
// Storage and IoT.js fs of storagePrelude (corpus.mjs); and under GC stress, the programs that
// only the full profile runs (the rest run under GC stress in corpus-realm.test.mjs).
import { BUNDLES, HEAP, runRealm } from "../lib/corpus.mjs";
import { corpusSuite, leftOutOfDefaultProfile } from "./suite.mjs";

corpusSuite("restricted realm, espruino full bundle", (p) => runRealm(BUNDLES.espruinoFull, p, { heapSize: HEAP.engines }), { lineConsole: true, full: true });
corpusSuite("restricted realm, jerryscript full bundle", (p) => runRealm(BUNDLES.jerryscriptFull, p, { heapSize: HEAP.engines }), { lineConsole: true, full: true });
corpusSuite("restricted realm, espruino full bundle, gcStress", (p) => runRealm(BUNDLES.espruinoFull, p, { gcStress: true, heapSize: HEAP.gcStress }), { lineConsole: true, full: true, programs: leftOutOfDefaultProfile() });
