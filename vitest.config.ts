import { getViteConfig } from "astro/config";
import { defineConfig } from "vitest/config";

// Three projects, fast to slow: "unit" needs nothing built; "render" renders Astro components through Astro's
// container API (it needs Astro's Vite plugins to compile .astro files); "site" builds the site once
// (tests/support/site-setup.ts) and runs the build checks and the Chromium tests against it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts"],
          // Alone a unit test takes milliseconds to 2 s; beside the browser tests on two cores the same test has
          // taken over 5 s (vitest's default). The limit is there to stop a hang, not to time the code.
          testTimeout: 30_000,
        },
      },
      getViteConfig({ test: { name: "render", include: ["tests/render/**/*.test.ts"] } }),
      {
        test: {
          name: "site",
          include: ["tests/build/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/site-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A browser under load can take seconds to navigate a frame or run a page's script: polls wait up to
          // 10 s (not vitest's 1 s) before a test calls the behaviour missing.
          expect: { poll: { timeout: 10_000 } },
          maxWorkers: 2,
        },
      },
    ],
  },
});
