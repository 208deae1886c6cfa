import { defineConfig } from "vitest/config";

// The fast tests of src/data alone, for mutation testing (stryker.config.mjs): no Astro, no build, no browser,
// so each of the hundreds of mutants is tested in seconds. `npm test` uses vitest.config.ts, not this file.
export default defineConfig({
  test: {
    // The tests are pure functions over files in temporary folders: one reused worker is much faster here.
    isolate: false,
    fileParallelism: false,
    include: [
      "tests/unit/load.test.ts",
      "tests/unit/hostile-data.test.ts",
      "tests/unit/source-index.test.ts",
      "tests/unit/text-rule.test.ts",
      "tests/unit/format.test.ts",
      "tests/unit/audit.test.ts",
      "tests/unit/data-reading.test.ts",
      "tests/unit/schemas.test.ts",
      "tests/unit/fact-text.test.ts",
      "tests/unit/lookup.test.ts",
    ],
  },
});
