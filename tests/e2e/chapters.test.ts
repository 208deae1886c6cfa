// Every published chapter in real Chromium: it fits a phone and a desktop without sideways scrolling, its heading
// anchors land the reader on the heading, the reading progress follows the scroll (and stays away without JS),
// and print drops navigation and writes link targets out. axe runs on every page in every-page-*.test.ts.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { freshLoad, reusedPages, sharedBrowser, watchedPage } from "../support/browser.ts";
import { headingAnchors } from "../../src/chapters/chapter-checks.ts";
import { chapterFiles, chapterPath, isPublished } from "../../src/chapters/chapter-files.ts";

const origin = inject("origin");
const publicOrigin = inject("publicOrigin");
const chapters = chapterFiles()
  .filter(isPublished)
  .map((chapter) => ({ path: chapterPath(chapter), anchors: headingAnchors(chapter).map((anchor) => anchor.id) }));

const browser = sharedBrowser();

/** One page a width for the whole walk, its records emptied before each chapter. */
const pageAt = reusedPages(browser, [origin], (width: number) => ({ viewport: { width, height: 800 } }));

/** Where the heading an anchor names sits in the window, after a fresh load of the page at that anchor. */
async function landOn(page: Page, path: string, id: string) {
  await freshLoad(page, `${origin}${path}#${id}`);
  return page.evaluate((anchor) => {
    const box = document.getElementById(anchor)!.getBoundingClientRect();
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), height: innerHeight, scrolled: scrollY };
  }, id);
}

describe("the chapters", () => {
  it("cover the published chapters of both languages", () => {
    expect(chapters.map((chapter) => chapter.path)).toEqual(
      expect.arrayContaining([
        "/prologue/",
        "/spirit/",
        "/service/",
        "/harmony/",
        "/acceleration/",
        "/methods/",
        "/en/methods/",
      ]),
    );
  });

  // One test a chapter and width, so the walk grows with the chapters without running into one test's timeout.
  for (const width of [375, 1280]) {
    it.each(chapters.map((chapter) => [chapter.path, chapter.anchors] as const))(
      `%s fits ${width} px without sideways scrolling, and every anchor brings its heading into view`,
      async (path, anchors) => {
        const { page, consoleErrors, foreignRequests } = await pageAt(width);
        await freshLoad(page, `${origin}${path}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        for (const id of anchors) {
          const at = await landOn(page, path, id);
          expect(at.top, `${path}#${id} at ${width} px`).toBeGreaterThanOrEqual(0);
          expect(at.bottom, `${path}#${id} at ${width} px`).toBeLessThanOrEqual(at.height);
        }
        expect(consoleErrors).toEqual([]);
        expect(foreignRequests).toEqual([]);
      },
    );
  }
});

describe("reading progress", () => {
  it("fills as the reader scrolls through the chapter, without any style attribute", async () => {
    const { page, context, consoleErrors } = await watchedPage(browser, [origin], {
      viewport: { width: 375, height: 700 },
    });
    await page.goto(`${origin}/service/`);
    const bar = page.locator("progress.reading-progress");
    // The bar appears once the page's script has run; on a loaded machine that can take more than a second.
    const soon = { timeout: 15_000 };
    await expect.poll(() => bar.isVisible(), soon).toBe(true);
    const progress = () => bar.evaluate((element: HTMLProgressElement) => element.value);
    expect(await progress()).toBe(0);
    await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect.poll(progress, soon).toBeGreaterThan(30);
    expect(await progress()).toBeLessThan(80);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(progress, soon).toBe(100);
    expect(await page.locator("[style]").count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("is not shown without JavaScript, and the chapter still reads in full", async () => {
    const { page, context } = await watchedPage(browser, [origin], { javaScriptEnabled: false });
    await page.goto(`${origin}/service/`);
    expect(await page.locator("progress.reading-progress").isVisible()).toBe(false);
    expect(await page.locator("main [data-reading-text] p").count()).toBeGreaterThan(10);
    expect(await page.locator("nav.toc a").count()).toBeGreaterThan(3);
    await context.close();
  });
});

describe("printing a chapter", () => {
  it("hides navigation and progress, writes link targets out and prints black on white", async () => {
    const { page, context } = await watchedPage(browser, [origin], { colorScheme: "dark" });
    await page.goto(`${origin}/service/`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header nav", "nav.toc", "nav.pager", "progress.reading-progress", ".skip-link"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const link = page.locator('main [data-reading-text] a[href="/harmony/"]');
    expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).toBe('" (/harmony/)"');
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector("main [data-reading-text] p")!).color,
    }));
    expect(colours).toEqual({ body: "rgba(0, 0, 0, 0)", text: "rgb(0, 0, 0)" });
    expect(await page.locator(".print-only").first().innerText()).toContain(`${publicOrigin}/service/`);
    await context.close();
  });
});
