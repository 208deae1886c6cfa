// Every built page in real Chromium, in both colour schemes: no axe violation, no request to any other origin, no
// console error. Pages are found in the build, so a new page is covered without touching a test. The pages are
// dealt out to two test files (every-page-1, every-page-2) so that the two halves run side by side.
//
// Each page is loaded once, in the light scheme, and axe runs every rule on it; then the scheme is switched to
// dark on the same document and only the rules that depend on colour run again. A theme changes colours only
// (custom properties under prefers-color-scheme), never the DOM, so the dark pass needs no second load, nor a
// second copy of axe (putting axe into a page costs about as much as one run of it).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { launchBrowser, watchedPage, type Watched } from "./browser.ts";
import { builtPages } from "./built-pages.ts";

const colourRules = ["color-contrast", "link-in-text-block"];

/** Checks every `of`-th built page, starting from the `part`-th (0-based). */
export function checkEveryPage(part: number, of: number): void {
  const origin = inject("origin");
  const pages = builtPages(inject("distDir")).filter((_, i) => i % of === part);
  let browser: Browser;
  let watched: Watched;
  beforeAll(async () => {
    browser = await launchBrowser();
    watched = await watchedPage(browser, [origin], { colorScheme: "light" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe(`every page, part ${part + 1} of ${of}, light and dark`, () => {
    it.each(pages.map((page) => page.path))(
      "%s: no axe violation in either scheme, no outside request, no console error",
      async (path) => {
        const { page, consoleErrors, foreignRequests } = watched;
        consoleErrors.length = 0;
        foreignRequests.length = 0;
        await page.emulateMedia({ colorScheme: "light" });
        // Requests that scripts make after load are still caught: they are counted after axe has run.
        await page.goto(`${origin}${path}`, { waitUntil: "load" });
        expect.soft(await axeViolations(page, `${path} (light)`), "axe violations, light").toEqual([]);
        const textColour = () => page.evaluate(() => getComputedStyle(document.body).color);
        const light = await textColour();
        await page.emulateMedia({ colorScheme: "dark" });
        // The switch has taken on this document: its text is drawn in another colour. (Embeds pin the light theme
        // unless their host asks otherwise, with data-theme on <html>: their colours stay.)
        const pinned = await page.evaluate(() => document.documentElement.dataset.theme);
        if (!pinned) expect(await textColour(), "text colour after switching to dark").not.toBe(light);
        const dark = await axeViolations(page, `${path} (dark)`, { rules: colourRules });
        expect.soft(dark, "axe violations, dark").toEqual([]);
        expect.soft(foreignRequests, "requests to other origins").toEqual([]);
        expect.soft(consoleErrors, "console errors").toEqual([]);
      },
    );
  });
}
