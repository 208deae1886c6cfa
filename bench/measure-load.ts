// One cold load of a page in Chromium on a throttled phone (Lighthouse's mobile profile: 150 ms round trips,
// 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×; a 375 px wide screen): when the chart first had a box on screen
// (checked every frame from the start, in the page itself, so no round trip to the test is counted), first
// contentful paint, and the bytes the network carried (as sent: compressed) until the load event.
import type { Browser } from "playwright-core";

export const phone = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  cpu: 4,
};

export interface Load {
  chartVisible: number;
  firstContentfulPaint: number;
  bytes: number;
  requests: number;
}

/** Records, in the page, the first frame at which a chart SVG has a box: the frame in which it is painted. */
function watchForChart(): void {
  const look = () => {
    const svg = [...document.querySelectorAll("figure.chart svg.chart-svg")].find((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
    if (svg) (window as unknown as { chartVisible: number }).chartVisible = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

export async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const { viewport, deviceScaleFactor, isMobile, hasTouch } = phone;
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", phone.network);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: phone.cpu });
  let bytes = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (event) => {
    bytes += event.encodedDataLength;
    requests++;
  });
  await page.addInitScript(watchForChart);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => "chartVisible" in window, null, { timeout: 60_000 });
  const times = await page.evaluate(() => ({
    chartVisible: (window as unknown as { chartVisible: number }).chartVisible,
    firstContentfulPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
  }));
  await context.close();
  return { ...times, bytes, requests };
}
