// Global setup of the site tests: build the site once for this run with a local origin, then serve it with the
// same static server `npm start` uses (it applies dist/_headers). The one server answers on two origins,
// http://localhost:PORT and http://127.0.0.1:PORT, which is what cross-origin embed tests need.
import { spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { startServer } from "../../scripts/serve.ts";

export const testDist = ".test-dist";

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
    altOrigin: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.TEST_PORT ?? 4399);
  const origin = `http://localhost:${port}`;
  if (process.env.TEST_REUSE_BUILD !== "1") {
    const started = Date.now();
    console.log(`site tests: building the site for ${origin} into ${testDist}/ …`);
    const build = spawnSync("astro", ["build", "--outDir", testDist], {
      env: { ...process.env, SITE: origin },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) {
      throw new Error(`The site did not build (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    }
    console.log(`site tests: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  let server;
  try {
    server = await startServer({ root: testDist, port });
  } catch (error) {
    throw new Error(`Could not serve the test build on port ${port} (set TEST_PORT to another): ${(error as Error).message}`);
  }
  project.provide("origin", origin);
  project.provide("altOrigin", `http://127.0.0.1:${port}`);
  project.provide("distDir", testDist);
  return () => server.close();
}
