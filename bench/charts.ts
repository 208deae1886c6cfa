// Benchmark (not a test): what a reader pays for a chart. Prints, per chart: build time at build, SVG bytes,
// the JS a chart page ships, and the time until the chart is visible in Chromium, server-rendered (this site)
// against the same chart drawn in the browser with d3 (bundled here, outside dist/, never shipped).
// Usage: npm run bench:charts   (builds the site first unless BENCH_SKIP_BUILD=1)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium, type Page } from "playwright-core";
import { loadDataset } from "../src/data/load.ts";
import { buildChart, charts } from "../src/charts/registry.ts";
import { renderSvg } from "../src/charts/render/svg.ts";
import { ensureBrowser } from "../scripts/ensure-browser.ts";
import { startServer } from "../scripts/serve.ts";
import { measurePage } from "../tests/support/page-weight.ts";

const port = Number(process.env.BENCH_PORT ?? 4498);
const origin = `http://localhost:${port}`;
const out = "bench/out";
const runs = Number(process.env.BENCH_RUNS ?? 7);
const gz = (text: string | Buffer) => gzipSync(text).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.env.BENCH_SKIP_BUILD !== "1") {
  console.log(`building the site for ${origin} …`);
  const result = spawnSync("astro", ["build", "--outDir", `${out}/site`], { env: { ...process.env, SITE: origin }, stdio: "ignore" });
  if (result.status !== 0) throw new Error("the site did not build");
}
mkdirSync(out, { recursive: true });

// 1. Build-time cost and SVG size per chart.
const data = loadDataset();
const rows = charts.map((chart) => {
  const times: number[] = [];
  let svg = "";
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    for (const lang of ["zh", "en"] as const) {
      for (const layout of ["wide", "narrow"] as const) svg = renderSvg(buildChart(chart.id, lang, layout, data), { theme: "css" });
    }
    times.push(performance.now() - start);
  }
  const wide = renderSvg(buildChart(chart.id, "zh", "wide", data), { theme: "css" });
  return { id: chart.id, buildMs: median(times), svgBytes: wide.length, svgGzip: gz(wide), lastSvg: svg };
});

// 2. The JS a chart page ships: inline scripts, linked files and every chunk they import (as gzip).
const pageJs = (id: string) => measurePage(join(out, "site"), { path: `/charts/${id}/`, file: `charts/${id}/index.html`, lang: "zh" }).jsGzip;

// 3. The client-side comparison: one bundle with the chart code and its d3 modules, and a page per chart.
await build({
  entryPoints: ["bench/client-entry.ts"],
  bundle: true,
  minify: true,
  format: "esm",
  outfile: `${out}/client/client.js`,
  logLevel: "warning",
  plugins: [
    {
      // The data loader reads and validates files at build time; the browser gets the parsed data as JSON instead.
      name: "no-node",
      setup(b) {
        b.onResolve({ filter: /^node:|\/data\/load\.ts$/ }, (a) => ({ path: a.path, namespace: "stub" }));
        b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export const dataset = () => { throw new Error('no files in a browser'); };" }));
      },
    },
  ],
});
const clientJs = readFileSync(`${out}/client/client.js`);
const payload = JSON.stringify({
  ...data,
  facts: [...data.facts],
  claims: [...data.claims],
  events: [...data.events],
  lists: [...data.lists],
  organisations: [...data.organisations],
  fileOf: [],
});
for (const chart of charts) {
  writeFileSync(
    `${out}/client/${chart.id}.html`,
    `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${chart.id}</title>` +
      `<div id="chart" data-id="${chart.id}"></div><script type="application/json" id="data">${payload}</script><script type="module" src="client.js"></script></html>`,
  );
}

async function timeToChart(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => (document.querySelector("svg.chart-svg")?.getBoundingClientRect().height ?? 0) > 0, null, { polling: "raf" });
  return page.evaluate(() => performance.now());
}

const server = await startServer({ root: out, port });
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const profiles = [
  { name: "fast", network: undefined, cpu: 1 },
  { name: "phone", network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }, cpu: 4 },
];
const timings: Record<string, Record<string, { server: number; client: number }>> = {};
for (const profile of profiles) {
  for (const chart of charts) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (profile.network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
    const server: number[] = [];
    const client: number[] = [];
    for (let i = 0; i < runs; i++) {
      server.push(await timeToChart(page, `${origin}/site/charts/${chart.id}/`));
      client.push(await timeToChart(page, `${origin}/client/${chart.id}.html`));
    }
    (timings[profile.name] ??= {})[chart.id] = { server: median(server), client: median(client) };
    await context.close();
  }
}
await browser.close();
await server.close();

console.log(`\nclient-side bundle (chart code + d3 modules): ${kb(clientJs.length)}, ${kb(gz(clientJs))} gzip; full d3 bundle for reference: ${kb(gz(readFileSync("node_modules/d3/dist/d3.min.js")))} gzip`);
console.log("\n| chart | build (4 variants) | SVG (zh wide) | JS on its page (gzip) | visible, fast: server / client | visible, phone: server / client |");
console.log("|---|---|---|---|---|---|");
for (const row of rows) {
  const js = pageJs(row.id);
  const fast = timings.fast![row.id]!;
  const phone = timings.phone![row.id]!;
  console.log(
    `| ${row.id} | ${row.buildMs.toFixed(1)} ms | ${kb(row.svgBytes)} (${kb(row.svgGzip)} gz) | ${kb(js)} | ${fast.server.toFixed(0)} / ${fast.client.toFixed(0)} ms | ${phone.server.toFixed(0)} / ${phone.client.toFixed(0)} ms |`,
  );
}
console.log(`\nmedian of ${runs} loads each, cache disabled; "phone" = 150 ms latency, 1.6 Mbit/s down, CPU slowed 4×.`);
if (!existsSync("docs")) console.log("record these figures in docs/performance.md");
