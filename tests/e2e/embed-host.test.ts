// A chart embedded the way a newsroom would: the embed code pasted into a page on another origin. The iframe
// takes the height the embed reports, follows ?theme and ?lang, and the host listener ignores every message
// that is not from its own iframe and the site's origin.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chartIds } from "../../src/charts/registry.ts";
import { launchBrowser, watchedPage } from "../support/browser.ts";
import { shownCode, writeHostPage } from "../support/embed-host.ts";

const origin = inject("origin");
const altOrigin = inject("altOrigin");
const dist = inject("distDir");
const id = chartIds[0]!;
const withListener = shownCode(dist, `/charts/${id}/`, "embed-code-resizing");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Received {
  origin: string;
  frame: number;
  data: { type?: string; height?: number };
}
const heightMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received.filter((m) => m.data?.type === "jianghua-embed-height"));
const boxHeight = (page: Page, column: number) => page.evaluate((i) => document.querySelector<HTMLElement>(`#column-${i} > div`)!.style.height, column);

describe("an embed on another site", () => {
  it("is framed across origins and takes the height the embed reports, showing the chart at its own proportions", async () => {
    const host = writeHostPage(dist, "host-resize", [{ html: withListener, width: 900 }]);
    const { page, context, consoleErrors, foreignRequests } = await watchedPage(browser, [origin, altOrigin], { viewport: { width: 1280, height: 900 } });
    await page.goto(`${altOrigin}${host.path}`);
    await expect.poll(() => heightMessages(page).then((m) => m.length), { timeout: 10_000 }).toBeGreaterThan(0);
    const reported = (await heightMessages(page)).at(-1)!.data;
    expect(reported).toMatchObject({ type: "jianghua-embed-height", id });
    await expect.poll(() => boxHeight(page, 0)).toBe(`${reported.height}px`);
    const datawrapper = await page.evaluate(() => (window as unknown as { received: Array<{ data: Record<string, unknown> }> }).received.find((m) => m.data["datawrapper-height"]));
    expect(datawrapper!.data).toEqual({ "datawrapper-height": { [id]: reported.height } });
    const frame = page.frames().find((f) => f.url().startsWith(`${origin}/embed/${id}/`))!;
    const fit = await frame.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>(".chart-svg")].find((s) => s.getBoundingClientRect().width > 0)!;
      const box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      const foot = document.querySelector(".embed-foot")!.getBoundingClientRect();
      return { drawn: box.height / box.width, own: view.height / view.width, footBottom: foot.bottom, inner: innerHeight, scroll: document.documentElement.scrollHeight };
    });
    expect(fit.drawn).toBeCloseTo(fit.own, 2);
    expect(fit.footBottom).toBeLessThanOrEqual(fit.inner);
    expect(fit.scroll).toBeLessThanOrEqual(fit.inner);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
    host.remove();
  });

  it("follows ?theme=dark and ?lang=en given in the iframe's address", async () => {
    const code = withListener.replace(`/embed/${id}/"`, `/embed/${id}/?theme=dark&amp;lang=en"`);
    const host = writeHostPage(dist, "host-theme", [{ html: code, width: 640 }]);
    const { page, context } = await watchedPage(browser, [origin, altOrigin]);
    await page.goto(`${altOrigin}${host.path}`);
    await expect.poll(() => page.frames().map((f) => f.url())).toContain(`${origin}/en/embed/${id}/?theme=dark`);
    const frame = page.frames().find((f) => f.url().includes("/en/embed/"))!;
    await expect.poll(() => frame.evaluate(() => document.readyState)).toBe("complete");
    const seen = await frame.evaluate(() => ({
      lang: document.documentElement.lang,
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(seen).toEqual({ lang: "en", theme: "dark", background: "rgb(22, 23, 26)" });
    await expect.poll(() => boxHeight(page, 0)).toMatch(/^\d+px$/);
    await context.close();
    host.remove();
  });

  it("ignores messages from the host itself, from another frame and from another origin", async () => {
    const wrongOrigin = withListener.replace(`src="${origin}/`, `src="${altOrigin}/`);
    const bare = shownCode(dist, `/charts/${id}/`, "embed-code");
    const host = writeHostPage(dist, "host-ignore", [
      { html: wrongOrigin, width: 640 },
      { html: bare, width: 320 },
      { html: withListener, width: 640 },
    ]);
    const { page, context } = await watchedPage(browser, [origin, altOrigin], { viewport: { width: 1280, height: 2400 } });
    await page.goto(`${altOrigin}${host.path}`);
    await expect.poll(() => boxHeight(page, 2), { timeout: 10_000 }).toMatch(/^\d+px$/);
    await page.evaluate(() => postMessage({ type: "jianghua-embed-height", height: 999 }, "*"));
    await expect.poll(() => heightMessages(page).then((m) => new Set(m.map((x) => x.frame)).size)).toBe(4);
    const messages = await heightMessages(page);
    const last = (frame: number) => messages.filter((m) => m.frame === frame).at(-1)!;
    expect(last(0).origin).toBe(altOrigin);
    expect(last(1).data.height).not.toBe(last(2).data.height);
    expect(await boxHeight(page, 0)).toBe("");
    expect(await boxHeight(page, 2)).toBe(`${last(2).data.height}px`);
    await context.close();
    host.remove();
  });
});
