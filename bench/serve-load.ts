// A bounded load on the local server with a rebuild in the middle: a copy of a built site is served by
// scripts/serve.ts in its own process, autocannon keeps `connections` connections busy on a chapter and an embed
// (as browsers ask: compressed) for `seconds`, and halfway through a fresh copy of the site is published over
// the served folder the way `npm run build` does. Used by the test suite (which asserts no error and no 404) and
// by `npm run bench:serve` (which reports requests per second and latency). Localhost only.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { publish, stagingFolder } from "../scripts/build.ts";

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  rebuiltAt: number;
}

export async function loadWithRebuild(options: {
  site: string;
  paths: string[];
  seconds: number;
  connections: number;
  port: number;
}): Promise<LoadResult> {
  const root = join(mkdtempSync(join(tmpdir(), "jianghua-load-")), "dist");
  cpSync(options.site, root, { recursive: true });
  const server = spawn(process.execPath, ["scripts/serve.ts", root], {
    env: { ...process.env, PORT: String(options.port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await new Promise<void>((ready, fail) => {
      server.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Serving") && ready());
      server.on("exit", (code) => fail(new Error(`the server exited with ${code}`)));
    });
    const started = Date.now();
    let rebuiltAt = 0;
    const rebuild = setTimeout(
      () => {
        const next = stagingFolder(root, "load");
        cpSync(options.site, next, { recursive: true });
        publish(next, root);
        rebuiltAt = (Date.now() - started) / 1000;
      },
      (options.seconds * 1000) / 2,
    );
    const result = await autocannon({
      url: `http://127.0.0.1:${options.port}`,
      connections: options.connections,
      duration: options.seconds,
      headers: { "accept-encoding": "br, gzip" },
      requests: options.paths.map((path) => ({ method: "GET", path })),
    });
    clearTimeout(rebuild);
    const statuses = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]),
    );
    return {
      requests: result.requests.total,
      perSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
      statuses,
      rebuiltAt,
    };
  } finally {
    server.kill();
    rmSync(join(root, ".."), { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const site = process.argv[2] ?? "dist";
  const seconds = Number(process.env.SECONDS_LOAD ?? 15);
  const result = await loadWithRebuild({
    site,
    paths: ["/service/", "/embed/growth-2015-2020/"],
    seconds,
    connections: 50,
    port: 4398,
  });
  console.log(JSON.stringify(result, null, 2));
}
