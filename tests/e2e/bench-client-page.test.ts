// The client-side page that `npm run bench:charts` measures our built chart pages against (bench/client-page.ts)
// is only a fair rival if it builds and draws the same chart. The script is run by hand, so nothing else would
// notice when a change to the chart code breaks its bundle (it did once: the renderer gained imports that the
// bundle's stand-in for the font module lacked). Here both of its pages are made from the test build's chart page
// and opened in Chromium on a phone: each must draw, from its data subset, the very SVG the built page carries for
// the narrow view, without an error or a request elsewhere.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Cdp } from "../../bench/cdp.ts";
import { writeClientPages, type ClientPages } from "../../bench/client-page.ts";
import { writeFloorPage } from "../../bench/floor-page.ts";
import { coldLoad, phone as throttled } from "../../bench/measure-load.ts";
import { ensureBrowser } from "../../scripts/ensure-browser.ts";
import { loadDataset } from "../../src/data/load.ts";
import { sharedBrowser, watchedPage } from "../support/browser.ts";

const browser = sharedBrowser();
const origin = inject("origin");
const id = "investment-chains";
const phone = { viewport: { width: 375, height: 800 } };

let folder: string;
let client: ClientPages;
let floor: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "bench-client-"));
  cpSync(join(inject("distDir"), "charts", id, "index.html"), join(folder, "charts", id, "index.html"));
  client = await writeClientPages(folder, id, loadDataset());
  floor = writeFloorPage(folder, id);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The narrow chart as Chromium holds it: on the built page, or where the client page mounts its chart. */
async function drawnChart(path: string, selector: string) {
  const watched = await watchedPage(browser, [origin], phone);
  // The client and floor pages live in a folder of their own; the rest (the page's script) comes from the test
  // build. Every request the page makes is counted.
  const requests: string[] = [];
  watched.page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await watched.page.route(`${origin}/charts/${id}/{client,floor}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(folder, path.endsWith("/") ? `${path}index.html` : path);
    const type = file.endsWith(".js") ? "text/javascript" : "text/html";
    return route.fulfill({ body: readFileSync(file), contentType: `${type}; charset=utf-8` });
  });
  await watched.page.goto(`${origin}${path}`);
  const svg = await watched.page.locator(selector).evaluate((element) => element.outerHTML);
  await watched.context.close();
  return { svg, requests, errors: [...watched.consoleErrors, ...watched.foreignRequests] };
}

describe("the benchmark's client-side chart page", () => {
  it("draws the built page's narrow chart, with the bundle as a file or inline", async () => {
    const built = await drawnChart(`/charts/${id}/`, ".chart-view-narrow svg");
    expect(built.errors).toEqual([]);
    expect(built.svg).toContain("<text");
    for (const path of [client.external, client.inline]) {
      const drawn = await drawnChart(path, "#chart-mount svg");
      expect(drawn.errors, path).toEqual([]);
      expect(drawn.svg, path).toBe(built.svg);
    }
  });

  it("has a floor page that shows the same chart with nothing else: no script, no other request", async () => {
    const built = await drawnChart(`/charts/${id}/`, ".chart-view-narrow svg");
    const bare = await drawnChart(floor, "figure.chart svg.chart-svg");
    expect(bare.errors).toEqual([]);
    expect(bare.svg).toBe(built.svg);
    expect(bare.requests).toEqual([floor]);
    const html = readFileSync(join(folder, "charts", id, "floor", "index.html"), "utf8");
    expect(html).not.toMatch(/<script|<link|<h1|<table/);
    // The page's own head: its styles (the chart's colours come from them) under its content security policy.
    const page = readFileSync(join(folder, "charts", id, "index.html"), "utf8");
    for (const style of page.slice(0, page.indexOf("</head>")).match(/<style>[\s\S]*?<\/style>/g)!) {
      expect(html).toContain(style);
    }
    expect(html).toContain('http-equiv="content-security-policy"');
  });

  it("ships only what the chart needs: no font file reader, no other chart", () => {
    expect(client.bundle).not.toMatch(/fontkit|readFileSync/);
    expect(client.bundle).not.toContain("growth-2015-2020");
    expect(client.bundle.length).toBeLessThan(80_000);
  });
});

describe("the benchmark's own driver (bench/cdp.ts)", () => {
  it("loads a chart page on the throttled phone and reports when its chart was on screen", async () => {
    const cdp = Cdp.launch(ensureBrowser(), ["--no-sandbox", "--disable-gpu"]);
    try {
      const load = await coldLoad(cdp, `${origin}/charts/${id}/`);
      // The HTML's body waits for the emulated round trip (a local server sends it in a few ms), and nothing is on
      // screen before it has begun to come.
      const { latency } = throttled.network;
      expect(load.htmlArrived).toBeGreaterThan(latency);
      expect(load.chartVisible).toBeGreaterThan(latency);
      expect(load.firstContentfulPaint).toBeGreaterThan(latency);
      expect(load.requests).toBeGreaterThanOrEqual(1);
      expect(load.bytes).toBeGreaterThan(1000);
    } finally {
      await cdp.close();
    }
  });

  it("fails with the reason when Chromium cannot start, instead of waiting for ever", async () => {
    const cdp = Cdp.launch(join(tmpdir(), "no-such-chromium"), []);
    await expect(cdp.send("Browser.getVersion")).rejects.toThrow(/Browser.getVersion: Chromium did not start/);
  });
});
