// A keyboard-only reader: the first Tab lands on the skip link and Enter takes focus to the content; Tab then
// reaches every focusable element in document order, each with a visible focus ring. Walked on the methods
// chapter and on every page that carries a chart ([data-chart]), whose charts must be reachable too.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchedPage, type Watched } from "../support/browser.ts";
import { builtPages, readPage } from "../support/built-pages.ts";

const origin = inject("origin");
const dist = inject("distDir");
const chartPages = builtPages(dist).filter((page) => /\sdata-chart[\s=>]/.test(readPage(dist, page)));
const walked = ["/methods/", ...chartPages.map((page) => page.path).filter((path) => path !== "/methods/")];

let browser: Browser;
let watched: Watched;
beforeAll(async () => {
  browser = await launchBrowser();
  watched = await watchedPage(browser, [origin]);
});
afterAll(async () => {
  await browser?.close();
});

/** Marks every element a keyboard user should reach, in DOM order, and records how each looks unfocused. */
async function markTabStops(page: Page) {
  return page.evaluate(() => {
    const focusable =
      'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
      'textarea:not([disabled]), iframe, summary, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
    const stops = [...document.querySelectorAll<HTMLElement>(focusable)].filter(
      (element) =>
        element.tabIndex >= 0 && element.checkVisibility({ visibilityProperty: true }) && !element.closest("[inert]"),
    );
    const label = (element: Element) =>
      `${element.localName}${element.id ? `#${element.id}` : ""} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
    const marked = stops.map((element, index) => {
      element.dataset.tabStop = String(index);
      const style = getComputedStyle(element);
      return {
        label: label(element),
        ring: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
      };
    });
    // Only charts on screen: a kiosk keeps its other screens hidden until a visitor opens them.
    const shown = [...document.querySelectorAll("[data-chart]")].filter((chart) => chart.getClientRects().length > 0);
    const charts = shown.map((chart) => ({
      label: `chart ${chart.getAttribute("data-chart") || label(chart)}`,
      stops: stops.flatMap((stop, index) => (chart.contains(stop) ? [index] : [])),
    }));
    return { stops: marked, charts };
  });
}

/** Where focus is now: the tab-stop index, and how the focused element's ring looks. */
function focusNow(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const style = active ? getComputedStyle(active) : undefined;
    return {
      stop: active?.dataset.tabStop === undefined ? undefined : Number(active.dataset.tabStop),
      id: active?.id,
      ring: style ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}` : "",
    };
  });
}

describe("keyboard use of the methods chapter", () => {
  it("reaches the skip link with the first Tab, and Enter moves focus to the main content", async () => {
    const { page } = watched;
    await page.goto(`${origin}/methods/`);
    await page.keyboard.press("Tab");
    const skip = page.locator(":focus");
    expect(await skip.getAttribute("href")).toBe("#main");
    expect(await skip.isVisible()).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, "the focused skip link is on screen").toBe(true);
    await page.keyboard.press("Enter");
    expect((await focusNow(page)).id).toBe("main");
  });

  it.each(walked)(
    "%s: Tab reaches every focusable element in document order, each with a visible focus ring",
    async (path) => {
      const { page } = watched;
      await page.goto(`${origin}${path}`);
      expect(
        await page.locator("[tabindex]:not([tabindex='0']):not([tabindex^='-'])").count(),
        "positive tabindex",
      ).toBe(0);
      const { stops, charts } = await markTabStops(page);
      const reached: number[] = [];
      const unringed: string[] = [];
      for (let press = 0; press < stops.length + 3; press++) {
        await page.keyboard.press("Tab");
        const focus = await focusNow(page);
        if (focus.stop === undefined || reached.includes(focus.stop)) break;
        reached.push(focus.stop);
        if (focus.ring === stops[focus.stop]!.ring) unringed.push(stops[focus.stop]!.label);
      }
      expect(reached.map((i) => stops[i]!.label)).toEqual(stops.map((stop) => stop.label));
      expect(unringed, "focused elements that look the same as unfocused").toEqual([]);
      const unreachedCharts = charts.filter((chart) => !chart.stops.some((i) => reached.includes(i)));
      expect(
        unreachedCharts.map((chart) => chart.label),
        "charts not reached by Tab",
      ).toEqual([]);
    },
  );
});
