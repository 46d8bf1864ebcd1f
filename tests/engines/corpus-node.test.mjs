// The corpus through the Node CLI (dist/node/mpjs.js FILE.py), as a user runs it, and again
// under GC stress (-X gcstress: a collection at every allocation) on a smaller heap.
import { runNodeCli } from "../lib/corpus.mjs";
import { corpusSuite } from "./suite.mjs";

// The heap under GC stress: each collection sweeps the whole heap, so keep it small.
const GCSTRESS_HEAP = "128k";

corpusSuite("node CLI", (p) => runNodeCli(p), { concurrency: 2 });
corpusSuite("node CLI -X gcstress", (p) => runNodeCli(p, { gcStress: true, heapSize: GCSTRESS_HEAP }), { concurrency: 2 });
