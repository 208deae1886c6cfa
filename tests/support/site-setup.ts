// Global setup of the site tests: one release build of the site for a public origin (https://example.org, as a
// newsroom would see it), made by the same script as `npm run build:release` (so it proves that script too),
// then served by the same server `npm start` uses (it applies dist/_headers). The server answers on two local
// origins, http://localhost:PORT and http://127.0.0.1:PORT, for cross-origin tests; tests that need the public
// address itself route it to the local server in the browser (tests/support/public-site.ts).
import { spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { startServer } from "../../scripts/serve.ts";

export const testDist = ".test-dist";
export const testPublicOrigin = "https://example.org";

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
    altOrigin: string;
    publicOrigin: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.TEST_PORT ?? 4399);
  const origin = `http://localhost:${port}`;
  if (process.env.TEST_REUSE_BUILD !== "1") {
    const started = Date.now();
    console.log(`site tests: release build for ${testPublicOrigin} into ${testDist}/ …`);
    const build = spawnSync(process.execPath, ["scripts/build.ts", "--release", "--out", testDist], {
      env: { ...process.env, SITE: testPublicOrigin },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) {
      throw new Error(`The site did not build (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    }
    console.log(`site tests: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ root: testDist, port });
  } catch (error) {
    throw new Error(
      `Could not serve the test build on port ${port} (set TEST_PORT to another): ${(error as Error).message}`,
    );
  }
  project.provide("origin", origin);
  project.provide("altOrigin", `http://127.0.0.1:${port}`);
  project.provide("publicOrigin", testPublicOrigin);
  project.provide("distDir", testDist);
  return () => server.close();
}
