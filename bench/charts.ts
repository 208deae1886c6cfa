// Benchmark (not a test): a chart page rendered at build against the best client-side page we can make of it
// (bench/client-page.ts), on a throttled phone, cold cache, both served compressed by the site's own server.
// Per chart: median of BENCH_RUNS (≥ 7) loads of each page, interleaved, of the time until the chart is on
// screen (with its quartiles), first contentful paint and bytes transferred; what the client-side page ships
// (bundle, data); and the ratio of the medians with a 90% bootstrap interval (bench/ratio.ts). A third page, the
// floor (bench/floor-page.ts: the chart's SVG alone under the page's head), bounds what any server-rendered page
// could reach. Each round of loads starts with the next kind of page. Chromium is driven over the bare DevTools
// protocol (bench/cdp.ts), so that the pages carry nothing of a test driver.
// Usage: npm run bench:charts   (BENCH_CHARTS=id,id,id to choose; BENCH_SKIP_BUILD=1 to reuse bench/out/site;
// BENCH_WITHOUT_COOP=1 serves both kinds of page without Cross-Origin-Opener-Policy, whose browsing-context-group
// switch makes a cold navigation start a new renderer process, to see how much of the time is that switch)
import { spawnSync } from "node:child_process";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { loadDataset } from "../src/data/load.ts";
import { ensureBrowser } from "../scripts/ensure-browser.ts";
import { dropOpenerPolicy } from "../scripts/lib/without-opener-policy.ts";
import { startServer } from "../scripts/serve.ts";
import { Cdp } from "./cdp.ts";
import { writeClientPages } from "./client-page.ts";
import { writeFloorPage } from "./floor-page.ts";
import { coldLoad, type Load } from "./measure-load.ts";
import { median, quartiles, ratioOfMedians } from "./ratio.ts";

const port = Number(process.env.BENCH_PORT ?? 4498);
const origin = `http://localhost:${port}`;
const site = "bench/out/site";
const runs = Math.max(7, Number(process.env.BENCH_RUNS ?? 7));
const ids = (process.env.BENCH_CHARTS ?? "growth-2015-2020,investment-chains,review-rhythm").split(",");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const packed = (text: string) =>
  `${kb(text.length)}, ${kb(gzipSync(text).length)} gz, ${kb(brotliCompressSync(text).length)} br`;

if (process.env.BENCH_SKIP_BUILD !== "1") {
  console.log(`building the site for ${origin} …`);
  const result = spawnSync("astro", ["build", "--outDir", site], {
    env: { ...process.env, SITE: origin },
    stdio: "ignore",
  });
  if (result.status !== 0) throw new Error("the site did not build");
}
const withoutCoop = process.env.BENCH_WITHOUT_COOP === "1";
if (withoutCoop) dropOpenerPolicy(site);
const data = loadDataset();
const pages = new Map<string, Awaited<ReturnType<typeof writeClientPages>>>();
const floors = new Map<string, string>();
for (const id of ids) {
  pages.set(id, await writeClientPages(site, id, data));
  floors.set(id, writeFloorPage(site, id));
}

const server = await startServer({ root: site, port });
// Chromium driven over the bare protocol, so that no page carries a test driver's script world; the switches keep
// the browser from its own network traffic and updates, and from holding a new page's paint.
const browser = Cdp.launch(ensureBrowser(), [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-features=PaintHolding",
  "--no-first-run",
  "--hide-scrollbars",
  "--mute-audio",
]);
const kinds = ["server", "client", "client-inline", "floor"] as const;
const results = new Map<string, Record<(typeof kinds)[number], Load[]>>();
for (const id of ids) {
  const client = pages.get(id)!;
  const urls = {
    server: `/charts/${id}/`,
    client: client.external,
    "client-inline": client.inline,
    floor: floors.get(id)!,
  };
  const loads = { server: [] as Load[], client: [] as Load[], "client-inline": [] as Load[], floor: [] as Load[] };
  // Each round starts with the next kind, so that no kind always follows the same one.
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(i + k) % kinds.length]!;
      loads[kind].push(await coldLoad(browser, `${origin}${urls[kind]}`));
    }
  }
  results.set(id, loads);
  process.stdout.write(`${id} measured\n`);
}
await browser.close();
await server.close();

const served = withoutCoop ? "without COOP" : "with the site's headers";
console.log(
  `\nmedian of ${runs} cold loads each, ${served}, phone profile (150 ms RTT, 1.6 Mbit/s down, CPU 4× slower, ` +
    "375 px):\n",
);
console.log("| chart | page | HTML arrived | chart visible (quartiles) | first paint | transferred | requests |");
console.log("|---|---|---|---|---|---|---|");
for (const [id, loads] of results) {
  for (const kind of kinds) {
    const m = (pick: (load: Load) => number) => median(loads[kind].map(pick));
    const [q1, q3] = quartiles(loads[kind].map((l) => l.chartVisible));
    const visible = `${m((l) => l.chartVisible).toFixed(0)} ms (${q1.toFixed(0)}–${q3.toFixed(0)})`;
    console.log(
      `| ${id} | ${kind} | ${m((l) => l.htmlArrived).toFixed(0)} ms | ${visible} | ${m((l) => l.firstContentfulPaint).toFixed(0)} ms | ${kb(m((l) => l.bytes))} | ${m((l) => l.requests)} |`,
    );
  }
}
console.log("\nwhat the client-side pages add to the page shell:\n");
for (const [id, client] of pages)
  console.log(`- ${id}: bundle ${packed(client.bundle)}; data ${packed(client.payload)}`);
for (const [id, loads] of results) {
  const visible = (kind: (typeof kinds)[number]) => loads[kind].map((l) => l.chartVisible);
  const best = median(visible("client")) <= median(visible("client-inline")) ? "client" : "client-inline";
  const { ratio, low, high } = ratioOfMedians(visible(best), visible("server"));
  console.log(
    `- ${id}: the best client-side page (${best}) shows its chart ${ratio.toFixed(2)}× later than the ` +
      `server-rendered one (90% bootstrap interval ${low.toFixed(2)}–${high.toFixed(2)}×)`,
  );
  const ceiling = ratioOfMedians(visible(best), visible("floor"));
  const overFloor = ratioOfMedians(visible("server"), visible("floor"));
  console.log(
    `  the chart alone (floor) ${ceiling.ratio.toFixed(2)}× sooner than that client page ` +
      `(${ceiling.low.toFixed(2)}–${ceiling.high.toFixed(2)}×), the largest lead any server-rendered page could have; ` +
      `the built page takes ${overFloor.ratio.toFixed(2)}× the floor's time (${overFloor.low.toFixed(2)}–${overFloor.high.toFixed(2)}×)`,
  );
}
