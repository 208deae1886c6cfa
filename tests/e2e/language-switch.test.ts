// The language switch in real Chromium: it keeps the reader on the same page and, with JS, at the same anchor,
// in both directions and after the reader has moved through the contents list; without JS it still leads to
// the same page in the other language.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser, watchedPage } from "../support/browser.ts";

const origin = inject("origin");

const browser = sharedBrowser();

/** Follow the language switch; report where the reader lands, in which language, and whether the anchored heading is in view. */
async function switchLanguage(page: Page) {
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before), page.locator("a.lang-switch").click()]);
  await page.waitForLoadState("load");
  return page.evaluate(() => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const box = target?.getBoundingClientRect();
    return {
      at: location.pathname + location.hash,
      lang: document.documentElement.lang,
      inView: box ? box.top >= 0 && box.bottom <= innerHeight : null,
    };
  });
}

describe("the language switch", () => {
  it("carries the anchor from Chinese to English and back, landing on the same heading", async () => {
    const { page, context, consoleErrors, foreignRequests } = await watchedPage(browser, [origin], {
      viewport: { width: 375, height: 700 },
    });
    await page.goto(`${origin}/prologue/#from-2015-to-2020`);
    expect(await switchLanguage(page)).toEqual({ at: "/en/prologue/#from-2015-to-2020", lang: "en", inView: true });
    expect(await switchLanguage(page)).toEqual({ at: "/prologue/#from-2015-to-2020", lang: "zh-Hans", inView: true });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it("carries the anchor the reader moved to through the contents list", async () => {
    const { page, context } = await watchedPage(browser, [origin], { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/en/service/`);
    await page.locator('nav.toc a[href="#nanny-and-mother"]').click();
    await page.waitForURL(/#nanny-and-mother$/);
    expect(await switchLanguage(page)).toEqual({ at: "/service/#nanny-and-mother", lang: "zh-Hans", inView: true });
    await context.close();
  });

  it("leads to the top of the same page in the other language when there is no anchor", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await page.goto(`${origin}/en/charts/growth-2015-2020/`);
    expect(await switchLanguage(page)).toEqual({ at: "/charts/growth-2015-2020/", lang: "zh-Hans", inView: null });
    await context.close();
  });

  it("works without JavaScript, to the same page in the other language", async () => {
    const { page, context } = await watchedPage(browser, [origin], { javaScriptEnabled: false });
    await page.goto(`${origin}/harmony/#firms-score-departments`);
    const landed = await switchLanguage(page);
    expect(landed.at).toBe("/en/harmony/");
    expect(landed.lang).toBe("en");
    expect(await switchLanguage(page)).toMatchObject({ at: "/harmony/", lang: "zh-Hans" });
    await context.close();
  });
});
