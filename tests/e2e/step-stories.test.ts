// Step stories in Chromium, with JavaScript: every step's address opens straight into its state, fast scrolls and
// jumps end on the step in view, a reload keeps it, 200% zoom and a resized window keep the triggers right, and the
// address follows the steps without filling the history. Contexts prefer reduced motion here so that states
// settle at once; motion itself is tested in step-stories-access.test.ts.
import type { BrowserContextOptions } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { freshLoad, sharedBrowser, watchedPage } from "../support/browser.ts";
import { activations, boxOf, place, recordActivations, settle, stepState } from "../support/step-page.ts";
import { stories } from "../../src/stories/registry.ts";

const origin = inject("origin");
const pages = { "output-rate": "/prologue/", "guide-days": "/service/" } as Record<string, string>;
const guide = stories.find((story) => story.id === "guide-days")!.steps;
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" };

const browser = sharedBrowser();

async function open(options: BrowserContextOptions = desktop) {
  const watched = await watchedPage(browser, [origin], options);
  await watched.page.addInitScript(recordActivations);
  return watched;
}

describe("a step's address", () => {
  it("opens every step of every story in its state at once, with no earlier step shown on the way", async () => {
    const { page, context, consoleErrors } = await open();
    for (const story of stories) {
      for (const step of story.steps) {
        await freshLoad(page, `${origin}${pages[story.id]}#${step}`);
        expect(await stepState(page), step).toEqual({ active: step, shown: [step], hash: `#${step}` });
        expect(await activations(page), step).toEqual([step]);
        const [text, chart] = [await boxOf(page, `#${step} .step-text`), await boxOf(page, `#${step} svg`)];
        expect(text.top, step).toBeGreaterThanOrEqual(0);
        expect(text.top, step).toBeLessThan(400);
        expect(chart.top >= 0 && chart.bottom <= 800, step).toBe(true);
      }
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("opens in English at the same step, the step ids being the same", async () => {
    const { page, context } = await open({ ...desktop, viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${origin}/en/service/#guide-160-days`);
    expect(await stepState(page)).toEqual({
      active: "guide-160-days",
      shown: ["guide-160-days"],
      hash: "#guide-160-days",
    });
    expect((await boxOf(page, "#guide-160-days svg")).inView).toBe(true);
    await context.close();
  });
});

describe("scrolling through a story", () => {
  it("ends fast scrolls and jumps on the state of the step in view, and puts that step in the address", async () => {
    const { page, context } = await open();
    await page.goto(`${origin}/service/`);
    for (const target of [guide[4]!, guide[1]!, guide[5]!, guide[0]!, guide[3]!]) {
      // Many positions within one frame, across several steps, as a flung scroll or a jump gives them.
      await page.evaluate((ids) => {
        for (const id of ids) document.getElementById(id)!.scrollIntoView();
      }, [...guide].reverse());
      await place(page, target);
      expect(await stepState(page), target).toEqual({ active: target, shown: [target], hash: `#${target}` });
    }
    await page.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
    expect((await stepState(page)).hash).toBe("");
    await context.close();
  });

  it("ends a smooth scroll across the whole story on the last step", async () => {
    const { page, context } = await open({ ...desktop, reducedMotion: "no-preference" });
    await page.goto(`${origin}/service/#${guide[0]}`);
    await page.evaluate((id) => {
      const text = document.getElementById(id)!.querySelector(".step-text")!;
      scrollTo({ top: scrollY + text.getBoundingClientRect().top - innerHeight * 0.25, behavior: "smooth" });
    }, guide[5]!);
    await page.waitForFunction((id) => location.hash === `#${id}`, guide[5]!);
    await page.waitForTimeout(300);
    expect(await stepState(page)).toEqual({ active: guide[5], shown: [guide[5]], hash: `#${guide[5]}` });
    await context.close();
  });

  it("changes the address with replaceState only: the back button leaves the page", async () => {
    const { page, context } = await open();
    await page.goto(`${origin}/`);
    await page.goto(`${origin}/service/`);
    const length = await page.evaluate(() => history.length);
    for (const step of guide) {
      await place(page, step);
      expect((await stepState(page)).hash).toBe(`#${step}`);
    }
    await page.click(`#${guide[2]} .step-link a`);
    expect(await stepState(page)).toMatchObject({ active: guide[2], hash: `#${guide[2]}` });
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe("/");
    await context.close();
  });

  it("keeps the step in view on reload", async () => {
    const { page, context } = await open();
    await page.goto(`${origin}/service/`);
    await place(page, guide[3]!);
    await settle(page);
    const before = await page.evaluate(() => scrollY);
    await page.reload();
    expect(await stepState(page)).toEqual({ active: guide[3], shown: [guide[3]], hash: `#${guide[3]}` });
    expect(await activations(page)).toEqual([guide[3]]);
    expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(120);
    await context.close();
  });
});

describe("zoom and resizing", () => {
  it("keeps the triggers right at 200% zoom and after the window is resized", async () => {
    // 1280 × 800 at 200%: what the page lays out is a 640 × 400 window drawn with two device pixels to a CSS pixel.
    const { page, context } = await open({ ...desktop, viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.goto(`${origin}/service/#${guide[2]}`);
    expect(await stepState(page)).toEqual({ active: guide[2], shown: [guide[2]], hash: `#${guide[2]}` });
    const chart = await boxOf(page, `#${guide[2]} svg`);
    expect(chart.top >= 0 && chart.bottom <= 400).toBe(true);
    for (const step of [guide[4]!, guide[1]!]) {
      await place(page, step, 0.5);
      expect((await stepState(page)).active, step).toBe(step);
    }
    for (const size of [
      { width: 1280, height: 800 },
      { width: 390, height: 700 },
    ]) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
      const { active, shown } = await stepState(page);
      expect(shown).toEqual([active]);
      // The step the page shows is the one whose text the reader has in view.
      const text = await boxOf(page, `#${active} .step-text`);
      expect(text.inView, `${active} at ${size.width} px`).toBe(true);
      await place(page, guide[3]!);
      expect((await stepState(page)).active, `after resizing to ${size.width} px`).toBe(guide[3]);
    }
    await context.close();
  });
});
