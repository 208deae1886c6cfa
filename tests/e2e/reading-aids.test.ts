// The header's chapter menu and the page's line on exploring charts, in real Chromium: the menu on a 375 px
// phone by touch, by keyboard alone and without JS; the hint worded for touch on a touch screen and for mouse and
// keyboard on a desktop, and absent when no script runs to make the charts explorable.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser, watchedPage } from "../support/browser.ts";

const origin = inject("origin");
const phone = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };

const browser = sharedBrowser();

/** Each chapter link of the open menu: its name, box and whether it lies inside the window. */
const menuLinks = (page: Page) =>
  page.locator("details.chapter-menu ol a").evaluateAll((links) =>
    links.map((a) => {
      const box = a.getBoundingClientRect();
      return {
        text: a.textContent!.trim(),
        height: box.height,
        inside: box.left >= 0 && box.right <= innerWidth,
        current: a.getAttribute("aria-current"),
      };
    }),
  );

describe("the chapter menu in the header", () => {
  it("opens by touch on a 375 px phone, with every chapter in reach and targets of at least 44 px", async () => {
    const { page, context, consoleErrors } = await watchedPage(browser, [origin], phone);
    await page.goto(`${origin}/service/`);
    const summary = page.locator("header details.chapter-menu summary");
    expect(await summary.isVisible()).toBe(true);
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await page.locator("details.chapter-menu ol").isVisible()).toBe(false);
    await summary.tap();
    const links = await menuLinks(page);
    expect(links.map((l) => l.text)).toContain("方法与核算");
    expect(
      links.every((l) => l.height >= 44 && l.inside),
      JSON.stringify(links),
    ).toBe(true);
    expect(links.filter((l) => l.current === "page").map((l) => l.text)).toEqual([expect.stringContaining("服务密码")]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.locator("details.chapter-menu ol a", { hasText: "方法与核算" }).tap();
    await page.waitForURL(`${origin}/methods/`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("works by keyboard alone: Enter opens it, Tab reaches a chapter, Escape closes it, focus back", async () => {
    const { page, context } = await watchedPage(browser, [origin], { viewport: { width: 375, height: 740 } });
    await page.goto(`${origin}/en/`);
    await page.keyboard.press("Tab"); // the skip link
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Chapters");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("details.chapter-menu") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.locator("details.chapter-menu").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    await context.close();
  });

  it("opens without JS", async () => {
    const { page, context } = await watchedPage(browser, [origin], { ...phone, javaScriptEnabled: false });
    await page.goto(`${origin}/en/methods/`);
    await page.locator("details.chapter-menu summary").tap();
    expect((await menuLinks(page)).length).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});

describe("the line on exploring charts", () => {
  const hint = (page: Page) => page.locator("#chart-hint");

  it("speaks of tapping on a touch screen, once for all the charts of the page", async () => {
    const { page, context } = await watchedPage(browser, [origin], phone);
    await page.goto(`${origin}/service/`);
    expect(await page.locator("figure.chart").count()).toBeGreaterThan(1);
    await expect.poll(() => hint(page).isVisible()).toBe(true);
    expect(await hint(page).innerText()).toMatch(/^读图：轻触/);
    expect(await page.locator("[data-chart-hint]").count()).toBe(1);
    await context.close();
  });

  it("speaks of the mouse and the keyboard on a desktop", async () => {
    const { page, context } = await watchedPage(browser, [origin], { viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/en/charts/growth-2015-2020/`);
    await expect.poll(() => hint(page).isVisible()).toBe(true);
    const text = await hint(page).innerText();
    expect(text).toMatch(/hover/);
    expect(text).toMatch(/arrow keys/);
    expect(text).not.toMatch(/tap/i);
    await context.close();
  });

  it("stays away without JS, when there is nothing to hover or tap", async () => {
    const { page, context } = await watchedPage(browser, [origin], { javaScriptEnabled: false });
    await page.goto(`${origin}/service/`);
    expect(await hint(page).count()).toBe(1);
    expect(await hint(page).isVisible()).toBe(false);
    await context.close();
  });
});
