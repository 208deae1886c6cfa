// Mutation testing of the data layer: `npm run test:mutation` (not part of `npm test`; it takes several
// minutes). Stryker changes the code under src/data one small way at a time and runs the fast tests of
// vitest.mutation.config.ts against each change; a change no test notices is a gap in the tests. Score and the
// surviving mutants judged harmless are recorded in docs/quality.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["src/data/**/*.ts", "!src/data/cite.ts"],
  coverageAnalysis: "perTest",
  // Mutants in module-level constants would need every test re-run for each; their tables are tested directly.
  ignoreStatic: true,
  // The machine is shared: one test process at a time.
  concurrency: 1,
  // A mutant that loops forever is stopped after this (the whole fast suite runs in a few seconds).
  timeoutMS: 3_000,
  timeoutFactor: 1.25,
  // Keeps each mutant's result in reports/: a second run retests only what code or tests changed.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
