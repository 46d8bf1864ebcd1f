// vitest: unit tests (tests/unit), the dialect gate, the corpus on every bundle and engine, and
// the size budget. The tests over bundles read dist/: `npm test` builds first.
import { defineConfig } from "vitest/config";
import { targets } from "./rollup.config.mjs";

// Source files imported directly by unit tests see the Node target's build-time constants
// (src/config.ts), with the internal checks on.
const define = {};
for (const [name, value] of Object.entries({ ...targets.node, MPJS_ASSERT: true })) define[name] = JSON.stringify(value);

export default defineConfig({
  define,
  test: {
    include: ["tests/**/*.test.{ts,mjs,js}"],
    // Engine runs spawn duk and node processes; a program on Duktape is slow.
    testTimeout: 180000,
    hookTimeout: 600000,
    maxWorkers: 2,
  },
});
