// <chart-explorer> in real Chromium: tooltip by mouse and touch, keyboard walk with the live region, table toggle,
// the narrow layout on phones, and a complete chart without JavaScript.
import { axeViolations } from "../support/axe.ts";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser, watchedPage } from "../support/browser.ts";
import { buildChart } from "../../src/charts/registry.ts";

const browser = sharedBrowser();

const origin = inject("origin");
const url = `${origin}/charts/growth-2015-2020/`;

describe("chart explorer", () => {
  it("shows a tooltip on hover and hides it when the mouse leaves", async () => {
    const { page, context, consoleErrors } = await watchedPage(browser, [origin]);
    await page.goto(url);
    const tooltip = page.locator(".chart-tooltip");
    await page.locator('.chart-view-wide [data-point="1"]').hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain("197.2亿元");
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("shows a tooltip on a tap and keeps it until the reader taps elsewhere", async () => {
    const { page, context } = await watchedPage(browser, [origin], {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 800 },
    });
    await page.goto(url);
    expect(await page.locator(".chart-view-narrow svg").isVisible()).toBe(true);
    expect(await page.locator(".chart-view-wide svg").isVisible()).toBe(false);
    await page.locator('.chart-view-narrow [data-point="3"]').tap();
    const tooltip = page.locator(".chart-tooltip");
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain("51.3亿元");
    await page.locator("h1").tap();
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await context.close();
  });

  it("is one tab stop; arrow keys walk the marks and the live region reads each value", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await page.goto(url);
    const explorer = page.locator("chart-explorer");
    const live = explorer.locator("[aria-live=polite]");
    for (let i = 0; i < 20 && !(await explorer.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    expect(await explorer.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => live.textContent()).toBe("2015年 规模工业总产值：80.68亿元，第1项，共8项");
    expect(await page.locator(".chart-tooltip").isVisible()).toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => live.textContent()).toBe("2020年 规模工业总产值：197.2亿元，第2项，共8项");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => live.textContent()).toBe("2020年 规模工业增加值：51.3亿元，第4项，共8项");
    await page.keyboard.press("End");
    await expect.poll(() => live.textContent()).toContain("第8项，共8项");
    expect(await page.locator('.chart-view-wide [data-point="7"]').getAttribute("class")).toContain("is-active");
    await page.keyboard.press("Escape");
    expect(await page.locator(".chart-tooltip").isVisible()).toBe(false);
    await page.keyboard.press("Tab");
    // One stop: the next Tab leaves the chart, not for one of its marks (a mark made focusable would be next).
    const next = await explorer.evaluate((el) => ({
      explorer: el === document.activeElement,
      inPicture: Boolean(document.activeElement?.closest("svg") && el.contains(document.activeElement)),
    }));
    expect(next).toEqual({ explorer: false, inPicture: false });
    await context.close();
  });

  it("reads values in English on English pages", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await page.goto(`${origin}/en/charts/growth-2015-2020/`);
    await page.locator("chart-explorer").focus();
    await expect
      .poll(() => page.locator("chart-explorer [aria-live=polite]").textContent())
      .toBe("2015 · Gross output: 8.068 billion yuan, 1 of 8");
    await context.close();
  });

  it("gives every explorer on a page the chart's title as its accessible name", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    for (const path of ["/charts/growth-2015-2020/", "/en/charts/growth-2015-2020/", "/service/", "/en/service/"]) {
      await page.goto(`${origin}${path}`);
      const explorers = page.locator("chart-explorer");
      expect(await explorers.count(), path).toBeGreaterThan(0);
      for (const explorer of await explorers.all()) {
        const title = (await explorer.locator(".chart-view svg title").first().textContent())?.trim() ?? "";
        expect(title.length, path).toBeGreaterThan(0);
        const named = page.getByRole("group", { name: title, exact: true });
        expect(await named.count(), `${path}: "${title}"`).toBeGreaterThanOrEqual(1);
        const role = path.startsWith("/en/") ? "interactive chart" : "可交互图表";
        expect(await named.first().getAttribute("aria-roledescription"), path).toBe(role);
      }
    }
    await context.close();
  });

  it("toggles between the chart and its table", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await page.goto(url);
    const toggle = page.locator(".chart-toggle");
    await toggle.click();
    expect(await page.locator(".chart-data table").isVisible()).toBe(true);
    expect(await page.locator("chart-explorer").isVisible()).toBe(false);
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await toggle.click();
    expect(await page.locator("chart-explorer").isVisible()).toBe(true);
    await context.close();
  });

  it("is complete without JavaScript: chart, title, table and source are all there", async () => {
    const { page, context } = await watchedPage(browser, [origin], { javaScriptEnabled: false });
    await page.goto(url);
    expect(await page.locator(".chart-view-wide svg").isVisible()).toBe(true);
    expect(await page.locator(".chart-view-wide svg title").textContent()).toBe(
      "2015—2020年，按本站算，四项指标都翻了一番多",
    );
    expect(await page.locator(".chart-toggle").count()).toBe(0);
    await page.locator(".chart-data summary").click();
    // One row per value: each measure's two levels, its multiple and any rate the article derives.
    const rows = buildChart("growth-2015-2020", "zh", "wide").table.rows.length;
    expect(rows).toBeGreaterThan(4 * 3);
    expect(await page.locator(".chart-data tbody tr").count()).toBe(rows);
    expect(await page.locator(".chart-source").innerText()).toContain("原文第4行");
    await context.close();
  });

  it("marks the data table as something to open, and runs the notes on as one paragraph per language", async () => {
    const { page, context } = await watchedPage(browser, [origin], { javaScriptEnabled: false });
    await page.goto(url);
    const summary = page.locator(".chart-data summary");
    const marker = () => summary.evaluate((element) => getComputedStyle(element, "::before").content);
    expect(await marker()).toContain("▸");
    await summary.click();
    expect(await marker()).toContain("▾");
    // Chinese sentences end in a full-width stop and take no space after it; English ones take one.
    const zh = await page.locator(".chart-notes").innerText();
    expect(zh.match(/。/g)!.length).toBeGreaterThan(1);
    expect(zh).not.toMatch(/。\s/);
    await page.goto(`${origin}/en/charts/growth-2015-2020/`);
    const en = await page.locator(".chart-notes").innerText();
    expect(en).toMatch(/[a-z)]\. [A-Z]/);
    await context.close();
  });

  it("stays readable in forced-colors mode: marks take the system's text colour", async () => {
    const { page, context } = await watchedPage(browser, [origin], { forcedColors: "active" });
    await page.goto(url);
    const colours = await page.evaluate(() => {
      const mark = document.querySelector(".chart-view-wide .f-mark-1")!;
      const probe = document.createElement("span");
      probe.style.color = "CanvasText";
      document.body.append(probe);
      return { mark: getComputedStyle(mark).fill, canvasText: getComputedStyle(probe).color };
    });
    expect(colours.mark).toBe(colours.canvasText);
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`passes axe in the ${colorScheme} theme, with a tooltip open too`, async () => {
      const { page, context } = await watchedPage(browser, [origin], { colorScheme });
      for (const path of ["/charts/", "/en/charts/", "/charts/growth-2015-2020/", "/en/charts/growth-2015-2020/"]) {
        await page.goto(`${origin}${path}`);
        if (path.includes("growth")) await page.locator("chart-explorer").focus();
        expect(await axeViolations(page, path)).toEqual([]);
      }
      await context.close();
    });
  }
});
