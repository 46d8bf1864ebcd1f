// The corpus through the Node CLI (dist/node/mpjs.js FILE.py), as a user runs it, and again
// under GC stress (-X gcstress: a collection at every allocation) on a smaller heap (HEAP).
import { HEAP, runNodeCli } from "../lib/corpus.mjs";
import { corpusSuite } from "./suite.mjs";

corpusSuite("node CLI", (p) => runNodeCli(p), { concurrency: 2 });
corpusSuite("node CLI -X gcstress", (p) => runNodeCli(p, { gcStress: true, heapSize: HEAP.gcStress }), { concurrency: 2 });
