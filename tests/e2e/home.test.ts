// The home page in real Chromium: Chinese text rendered with a CJK font, no console error, no request to any
// other host, and a theme toggle that remembers the choice (axe runs on every page in every-page-*.test.ts).
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser, watchedPage } from "../support/browser.ts";

const browser = sharedBrowser();

const origin = inject("origin");

describe("the home page", () => {
  it("renders Chinese text with a CJK font, without console errors or outside requests", async () => {
    const { page, context, consoleErrors, foreignRequests } = await watchedPage(browser, [origin]);
    await page.goto(`${origin}/`, { waitUntil: "networkidle" });
    await expect.poll(() => page.locator("h1").innerText()).toBe("江华密码");
    expect(await page.locator("main").innerText()).toContain("197.2亿元");
    // A CJK glyph drawn in a real font is roughly square; a missing glyph box or fallback is not reported as a
    // loaded CJK face. Both must hold for readers to see Chinese.
    const rendered = await page.evaluate(() => {
      const h1 = document.querySelector("h1")!;
      const box = h1.getBoundingClientRect();
      return { width: box.width, fontOk: document.fonts.check(`16px ${getComputedStyle(h1).fontFamily}`, "江华") };
    });
    expect(rendered.width).toBeGreaterThan(60);
    expect(rendered.fontOk).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it("switches theme with the toggle and remembers it", async () => {
    const { page, context } = await watchedPage(browser, [origin], { colorScheme: "light" });
    await page.goto(`${origin}/`);
    const toggle = page.locator("button.theme-toggle");
    await expect.poll(() => toggle.isVisible()).toBe(true);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await toggle.click();
    expect(await background()).not.toBe(light);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await context.close();
  });
});
