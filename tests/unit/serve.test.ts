// The local server, on a small site: what browsers and the tests rely on (caching, ranges, compression, header
// rules that no encoded path escapes, 404 pages), and that a site swapped in under it is never missing.
import { spawn } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish, stagingFolder } from "../../scripts/build.ts";
import { requestPath, servePort, startServer, type StaticServer } from "../../scripts/serve.ts";
import { tinySite } from "../support/tiny-site.ts";

let root: string;
let server: StaticServer;
let base: string;

beforeAll(async () => {
  root = tinySite();
  server = await startServer({ root, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request, so that nothing decodes, follows or normalises on the client side. */
function raw(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      const req = request(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        // A response cut off after its headers is a failure to report, not a promise that never settles.
        res.on("error", (error) => fail(new Error(`${path}: the response was cut off (${error.message})`)));
      });
      req.on("error", fail);
      req.end();
    },
  );
}

describe("the local server", () => {
  it("serves a folder's index.html, and sends a folder without its slash to the slash", async () => {
    expect((await raw("/page/")).body.toString()).toContain("page one");
    const redirect = await raw("/page");
    expect([redirect.status, redirect.headers.location]).toEqual([301, "/page/"]);
  });

  it("answers a repeated request with 304 by ETag and by date", async () => {
    const first = await raw("/page/");
    expect(first.headers.etag).toBeTruthy();
    expect((await raw("/page/", { "if-none-match": String(first.headers.etag) })).status).toBe(304);
    expect((await raw("/page/", { "if-modified-since": String(first.headers["last-modified"]) })).status).toBe(304);
  });

  it("answers a Range request with the bytes asked for, uncompressed", async () => {
    const part = await raw("/app.js", { range: "bytes=0-10", "accept-encoding": "br, gzip" });
    expect([part.status, part.headers["content-range"], part.headers["content-encoding"]]).toEqual([
      206,
      expect.stringMatching(/^bytes 0-10\//),
      undefined,
    ]);
    expect(part.body.toString()).toBe("console.log");
  });

  it("compresses with brotli or gzip, as the client accepts", async () => {
    const br = await raw("/app.js", { "accept-encoding": "br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toMatch(/^console\.log\("x{20000}"\);$/);
    const gzip = await raw("/app.js", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).length).toBeGreaterThan(gzip.body.length * 10);
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await raw("/page/", {}, "HEAD");
    expect([head.status, head.body.length]).toEqual([200, 0]);
    expect((await raw("/page/", {}, "POST")).status).toBe(405);
  });

  it("applies the header rules to the decoded path, so an encoded path cannot escape them", async () => {
    expect((await raw("/page/")).headers["x-frame-options"]).toBe("DENY");
    expect((await raw("/embed/chart/")).headers["x-frame-options"]).toBeUndefined();
    for (const sneaky of [
      "/embed/..%2fpage/",
      "/embed/%2e%2e/page/",
      "/embed/chart/..%2f..%2fpage/",
      "/%65mbed/..%2Fpage/",
    ]) {
      const response = await raw(sneaky);
      // Served as the page it resolves to, with that page's headers, or not at all: never as an embed.
      expect(response.status === 404 || response.headers["x-frame-options"] === "DENY", sneaky).toBe(true);
    }
    const encoded = await raw("/%65mbed/chart/");
    expect([encoded.status, encoded.headers["x-frame-options"]]).toEqual([200, undefined]);
  });

  it("answers 404 with the site's 404 page in the path's language, and never serves _headers", async () => {
    const zh = await raw("/missing/");
    expect([zh.status, zh.body.toString().includes("找不到这一页")]).toEqual([404, true]);
    const en = await raw("/en/missing/");
    expect([en.status, en.body.toString().includes("Page not found")]).toEqual([404, true]);
    expect((await raw("/_headers")).status).toBe(404);
    expect((await raw("/%E0%A4%A")).status).toBe(400);
  });

  it("keeps PORT, default 4321, whatever SITE says", () => {
    expect(servePort({ SITE: "https://example.org:8443" })).toBe(4321);
    expect(servePort({ SITE: "http://localhost:9999", PORT: "5000" })).toBe(5000);
    expect(servePort({ PORT: "not-a-port" })).toBe(4321);
  });

  it("normalises paths as hosts do", () => {
    expect(requestPath("/a/./b/../c/")).toBe("/a/c/");
    expect(requestPath("/embed/..%2fcharts/x/")).toBe("/charts/x/");
    expect(requestPath("/bad%00")).toBeUndefined();
  });
});

describe("a site published under the running server", () => {
  it("is never missing: every request during repeated swaps finds its page, old or new", async () => {
    const statuses = new Set<number | string>();
    let running = true;
    const answer = (path: string) =>
      raw(path).then(
        (result) => result.status,
        (error: Error) => `${path}: ${error.message}`,
      );
    const load = (async () => {
      while (running) {
        for (const status of await Promise.all(["/", "/page/", "/en/page/", "/embed/chart/"].map(answer)))
          statuses.add(status);
      }
    })();
    for (let i = 0; i < 20; i++) {
      const next = stagingFolder(root, `test-${i}`);
      cpSync(root, next, { recursive: true });
      publish(next, root);
      await new Promise((done) => setTimeout(done, 10));
    }
    running = false;
    await load;
    expect([...statuses]).toEqual([200]);
  });
});

describe("the server under a low limit of open files", () => {
  it("keeps running when it runs out of file handles, and answers once the storm has passed", async () => {
    const site = tinySite();
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn("bash", ["-c", `ulimit -n 64 && exec "${process.execPath}" scripts/serve.ts "${site}"`], {
      env: { ...process.env, PORT: String(port) },
      stdio: "pipe",
    });
    try {
      await new Promise<void>((ready, fail) => {
        child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("Serving") && ready());
        child.on("exit", (code) => fail(new Error(`server exited with ${code}`)));
      });
      const hit = () =>
        fetch(`http://127.0.0.1:${port}/app.js`).then(
          (r) => r.status,
          () => 0,
        );
      const storm = await Promise.all(Array.from({ length: 300 }, hit));
      // Each request is answered or refused (503, or a connection closed at once); none waits forever.
      expect(storm.filter((status) => ![0, 200, 503].includes(status))).toEqual([]);
      expect(child.exitCode).toBeNull();
      // Once the storm's idle connections are closed (keep-alive ends after a few seconds), files open again.
      await expect.poll(hit, { timeout: 15_000, interval: 500 }).toBe(200);
    } finally {
      child.kill();
      rmSync(site, { recursive: true, force: true });
    }
  }, 45_000);
});
