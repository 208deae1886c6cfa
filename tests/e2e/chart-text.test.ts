// Chart text as Chromium draws it, with the fonts a reader's machine has (here Noto Sans CJK SC): on every chart
// page, in both languages, the wide view on a desktop and the narrow view on a phone, no text crosses the
// picture's edge and no two texts overlap. Horizontal extents are the browser's own (getBBox); the vertical
// extent is the em box around each text's baseline, as the layout tests use it.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { chartIds } from "../../src/charts/registry.ts";
import { reusedPages, sharedBrowser } from "../support/browser.ts";

const browser = sharedBrowser();

const origin = inject("origin");
const views = [
  { view: "wide", viewport: { width: 1280, height: 900 } },
  { view: "narrow", viewport: { width: 375, height: 800 } },
] as const;

/** One page a view (a viewport) for all charts. */
const pageFor = reusedPages(browser, [origin], (viewport: { width: number; height: number }) => ({ viewport }));

/** Problems with the texts of the chart view shown on the page: outside the picture, or overlapping. */
function textProblems(page: Page, view: string): Promise<string[]> {
  return page.evaluate((view) => {
    const holder = document.querySelector<HTMLElement>(`.chart-view-${view}`);
    if (!holder || holder.offsetParent === null) return [`the ${view} view is not shown`];
    const svg = holder.querySelector("svg")!;
    const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number) as [number, number, number, number];
    const toSvg = svg.getScreenCTM()!.inverse();
    const boxes = [...svg.querySelectorAll("text")].map((text) => {
      const size = Number(text.getAttribute("font-size"));
      const matrix = toSvg.multiply(text.getScreenCTM()!);
      const bbox = text.getBBox();
      const baseline = text.getStartPositionOfChar(0).y;
      const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix);
      const [start, end] = [at(bbox.x, baseline - 0.88 * size), at(bbox.x + bbox.width, baseline + 0.12 * size)];
      return { text: text.textContent!, left: start.x, top: start.y, right: end.x, bottom: end.y };
    });
    const r = (n: number) => Math.round(n * 10) / 10;
    const problems: string[] = [];
    for (const b of boxes) {
      if (b.left < -0.5 || b.top < -0.5 || b.right > width + 0.5 || b.bottom > height + 0.5) {
        problems.push(
          `"${b.text}" at ${r(b.left)}–${r(b.right)} × ${r(b.top)}–${r(b.bottom)} ` +
            `leaves the ${width}×${height} picture`,
        );
      }
    }
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        if (overlap) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
    });
    return problems;
  }, view);
}

describe("chart text in Chromium", () => {
  it.each(chartIds)(
    "%s: every text inside the picture and clear of the others, zh and en, wide and narrow",
    async (id) => {
      const problems: string[] = [];
      for (const { view, viewport } of views) {
        const { page } = await pageFor(viewport);
        for (const path of [`/charts/${id}/`, `/en/charts/${id}/`]) {
          await page.goto(`${origin}${path}`);
          await page.evaluate(() => document.fonts.ready);
          problems.push(...(await textProblems(page, view)).map((problem) => `${path} ${view}: ${problem}`));
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
