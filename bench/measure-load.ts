// One cold load of a page in Chromium on a throttled phone (Lighthouse's mobile profile: 150 ms round trips,
// 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×; a 375 px wide screen): when the chart first had a box on screen
// (checked every frame from the start, in the page itself, so no round trip to the test is counted), first
// contentful paint, and the bytes the network carried (as sent: compressed) until both are known.
import type { Cdp } from "./cdp.ts";

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
  /**
   * When the last byte of the HTML came (the navigation's responseEnd). DevTools' throttling hands over the headers
   * at once and holds the body for the round trip, then lets it through at the emulated speed.
   */
  htmlArrived: number;
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

/**
 * One cold load in a fresh browser context, driven over the bare protocol (bench/cdp.ts): the page gets our
 * watcher and nothing else of the driver.
 */
export async function coldLoad(cdp: Cdp, url: string): Promise<Load> {
  const { browserContextId } = await cdp.send("Target.createBrowserContext", { disposeOnDetach: true });
  const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank", browserContextId });
  const { sessionId } = (await cdp.send("Target.attachToTarget", { targetId, flatten: true })) as {
    sessionId: string;
  };
  const send = (method: string, params: Record<string, unknown> = {}) => cdp.send(method, params, sessionId);
  let bytes = 0;
  let requests = 0;
  let loaded: () => void = () => undefined;
  const load = new Promise<void>((resolve) => {
    loaded = resolve;
  });
  const stop = [
    cdp.on("Network.loadingFinished", (event, from) => {
      if (from !== sessionId) return;
      bytes += event.encodedDataLength as number;
      requests++;
    }),
    cdp.on("Page.loadEventFired", (_event, from) => {
      if (from === sessionId) loaded();
    }),
  ];
  const { viewport, deviceScaleFactor, isMobile, hasTouch } = phone;
  await Promise.all([
    send("Page.enable"),
    send("Network.enable"),
    send("Network.setCacheDisabled", { cacheDisabled: true }),
    send("Network.emulateNetworkConditions", phone.network),
    send("Emulation.setCPUThrottlingRate", { rate: phone.cpu }),
    send("Emulation.setDeviceMetricsOverride", { ...viewport, deviceScaleFactor, mobile: isMobile }),
    send("Emulation.setTouchEmulationEnabled", { enabled: hasTouch }),
    send("Page.addScriptToEvaluateOnNewDocument", { source: `(${watchForChart})()` }),
  ]);
  await send("Page.navigate", { url });
  // As a driver's page.goto would, give up on a page that never finishes loading, with its address.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    load,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${url}: no load event within a minute`)), 60_000);
    }),
  ]);
  clearTimeout(timer);
  const read = async () =>
    (
      (await send("Runtime.evaluate", {
        expression: `({ chartVisible: window.chartVisible,
          htmlArrived: performance.getEntriesByType("navigation")[0]?.responseEnd ?? NaN, firstContentfulPaint:
          performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN })`,
        returnByValue: true,
      })) as { result: { value: { chartVisible?: number; htmlArrived: number; firstContentfulPaint: number } } }
    ).result.value;
  // The load event can come before the first frame (a page without subresources), and the paint's entry a little
  // after the frame in which the watcher saw the chart: wait for both.
  let times = await read();
  for (let tries = 0; times.chartVisible === undefined || typeof times.firstContentfulPaint !== "number"; tries++) {
    if (tries > 600) throw new Error(`${url}: no chart on screen or no first paint within a minute of the load`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    times = await read();
  }
  for (const off of stop) off();
  await cdp.send("Target.disposeBrowserContext", { browserContextId });
  const { chartVisible, htmlArrived, firstContentfulPaint } = times;
  return { htmlArrived, chartVisible, firstContentfulPaint, bytes, requests };
}
