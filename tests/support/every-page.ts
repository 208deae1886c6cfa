// Every built page in real Chromium in one colour scheme: no axe violation, no request to any other origin, no
// console error. Pages are found in the build, so a new page is covered without touching a test. Each scheme has
// its own test file so that the two passes run side by side.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { launchBrowser, watchedPage, type Watched } from "./browser.ts";
import { builtPages } from "./built-pages.ts";

// A theme changes colours only (custom properties), never the DOM: the dark pass reruns just the rules that
// depend on colour, every other rule having run on the same markup in the light pass.
const colourRules = ["color-contrast", "link-in-text-block"];

export function checkEveryPage(colorScheme: "light" | "dark"): void {
  const origin = inject("origin");
  const pages = builtPages(inject("distDir"));
  let browser: Browser;
  let watched: Watched;
  beforeAll(async () => {
    browser = await launchBrowser();
    watched = await watchedPage(browser, [origin], { colorScheme });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe(`every page in the ${colorScheme} theme`, () => {
    it.each(pages.map((page) => page.path))(
      "%s: no axe violation, no outside request, no console error",
      async (path) => {
        const { page, consoleErrors, foreignRequests } = watched;
        consoleErrors.length = 0;
        foreignRequests.length = 0;
        // Requests that scripts make after load are still caught: they are counted after axe has run.
        await page.goto(`${origin}${path}`, { waitUntil: "load" });
        const rules = colorScheme === "dark" ? colourRules : undefined;
        expect.soft(await axeViolations(page, path, { rules }), "axe violations").toEqual([]);
        expect.soft(foreignRequests, "requests to other origins").toEqual([]);
        expect.soft(consoleErrors, "console errors").toEqual([]);
      },
    );
  });
}
