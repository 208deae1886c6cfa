// The mechanism diagrams in real Chromium: axe in both themes and languages, the keyboard walk along the
// structure of a diagram (steps of the loop, then its deadlines), and the narrow layouts on a phone by touch.
import { axeViolations } from "../support/axe.ts";
import { describe, expect, inject, it } from "vitest";
import { reusedPages, sharedBrowser, watchedPage } from "../support/browser.ts";

const browser = sharedBrowser();

const origin = inject("origin");
const diagrams = [
  "strategies",
  "service-styles",
  "business-climate-checks",
  "project-pipeline",
  "problem-loop",
  "review-rhythm",
];

/** One page a theme for the axe runs, its records emptied before each. */
const pageIn = reusedPages(browser, [origin], (colorScheme: "light" | "dark") => ({ colorScheme }));

describe("mechanism diagrams", () => {
  // Each diagram once per theme, the language alternating between themes so both are covered; one test per
  // page, as axe on an SVG-heavy page takes seconds.
  for (const [n, colorScheme] of (["light", "dark"] as const).entries()) {
    for (const [i, id] of diagrams.entries()) {
      const path = `${(i + n) % 2 === 0 ? "" : "/en"}/charts/${id}/`;
      it(`${path} passes axe in the ${colorScheme} theme with a mark focused`, async () => {
        const { page, consoleErrors } = await pageIn(colorScheme);
        await page.goto(`${origin}${path}`);
        await page.locator("chart-explorer").focus();
        expect(await axeViolations(page, path)).toEqual([]);
        expect(consoleErrors).toEqual([]);
      });
    }
  }

  it("walks the problem loop step by step, then down to its deadlines", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await page.goto(`${origin}/charts/problem-loop/`);
    const explorer = page.locator("chart-explorer");
    const live = explorer.locator("[aria-live=polite]");
    await explorer.focus();
    await expect.poll(() => live.textContent()).toBe("问题收集：第1步，共4步，第1项，共6项");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => live.textContent()).toBe("精准交办：第2步，共4步，第2项，共6项");
    await page.keyboard.press("ArrowDown");
    await expect
      .poll(() => live.textContent())
      .toBe("较重大问题的时限：较重大的问题要讲明何时能解决，另与投资者之间设一条联络热线，第6项，共6项");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => live.textContent()).toBe("项目建设中一般问题的处置时限：24小时，第5项，共6项");
    await context.close();
  });

  it("shows each narrow diagram on a phone and answers a tap on a node", async () => {
    const { page, context } = await watchedPage(browser, [origin], {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 800 },
    });
    for (const id of diagrams) {
      await page.goto(`${origin}/en/charts/${id}/`);
      expect(await page.locator(".chart-view-narrow svg").isVisible(), id).toBe(true);
      const box = await page.locator(".chart-view-narrow svg").boundingBox();
      expect(box!.width, id).toBeLessThanOrEqual(375);
      // The topmost element of the first mark: a node's label lies over its box and answers the tap too.
      await page.locator('.chart-view-narrow [data-point="0"]').last().tap();
      await expect.poll(() => page.locator(".chart-tooltip").isVisible()).toBe(true);
    }
    expect(await page.locator(".chart-tooltip").innerText()).toContain("Weekly scheduling, no. 1");
    await context.close();
  });
});
