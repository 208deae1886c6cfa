// Touch on the kiosk and what it does when left alone, in Chromium with real touch events and a controlled
// clock: the first touch on a layer only wakes or dismisses it, every control looks pressed, no cursor, reach and
// large-text modes, the idle warning and reset (everything back, the launcher told), the attract loop's screen
// care, and the dimmed screen outside opening hours.
import type { Browser, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { attachHost } from "../../scripts/kiosk-host.ts";
import { launchBrowser, watchedPage } from "../support/browser.ts";
import { tapControl, visibleScreen } from "../support/kiosk-page.ts";

const origin = inject("origin");
const landscape = { viewport: { width: 1920, height: 1080 }, hasTouch: true };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A kiosk page with the clock in the test's hands (timers run only when the test says). */
async function kiosk(query: string, options: { time?: Date; viewport?: { width: number; height: number } } = {}) {
  const watched = await watchedPage(browser, [origin], {
    ...landscape,
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  const time = options.time ?? new Date(2026, 11, 1, 10, 0);
  // Installed a little before `time` and paused at it, so that no real time slips into the test's timings.
  await watched.page.clock.install({ time: new Date(time.getTime() - 10_000) });
  await watched.page.clock.pauseAt(time);
  await watched.page.goto(`${origin}/kiosk/${query}`);
  const cdp = await watched.context.newCDPSession(watched.page);
  return { ...watched, cdp };
}

async function touch(
  cdp: CDPSession,
  x: number,
  y: number,
  end: "touchEnd" | "touchCancel" = "touchEnd",
): Promise<void> {
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  await cdp.send("Input.dispatchTouchEvent", { type: end, touchPoints: [] });
}

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const shown = (page: Page, selector: string) => page.locator(selector).isVisible();

describe("touch on the kiosk", () => {
  it("wakes the attract loop with the first touch and lets nothing through to the card beneath", async () => {
    const { page, context, cdp } = await kiosk("?attract=5");
    const card = await centreOf(page, '[data-open="service"]');
    await page.clock.runFor(6_000);
    expect(await shown(page, '[data-overlay="attract"]')).toBe(true);
    await touch(cdp, card.x, card.y);
    await page.clock.runFor(1_000);
    expect(await shown(page, '[data-overlay="attract"]')).toBe(false);
    expect(await visibleScreen(page)).toEqual(["start"]);
    await page.clock.runFor(6_000);
    await page.mouse.click(card.x, card.y);
    await page.clock.runFor(1_000);
    expect(await visibleScreen(page)).toEqual(["start"]);
    await touch(cdp, card.x, card.y);
    expect(await visibleScreen(page)).toEqual(["service-timeline"]);
    await context.close();
  });

  it("dismisses 'still there?' with a touch on its backdrop, which never reaches the control beneath", async () => {
    const { page, context, cdp } = await kiosk("?idle=10&screen=spirit-honours");
    const next = await centreOf(page, '[data-screen="spirit-honours"] [data-step="next"]');
    await page.clock.runFor(11_000);
    expect(await shown(page, '[data-overlay="still-there"]')).toBe(true);
    expect(Number(await page.locator(".countdown").innerText())).toBeGreaterThanOrEqual(19);
    await touch(cdp, next.x, next.y);
    await page.clock.runFor(1_000);
    expect(await shown(page, '[data-overlay="still-there"]')).toBe(false);
    expect(await visibleScreen(page)).toEqual(["spirit-honours"]);
    await context.close();
  });

  it("shows every control pressed while a finger is on it", async () => {
    const { page, context, cdp } = await kiosk("?attract=600&screen=service-factories");
    await page.emulateMedia({ reducedMotion: "reduce" });
    const flat: string[] = [];
    for (const screen of ["service-factories", "start"]) {
      await page.evaluate(
        (id) => (document.querySelector("kiosk-shell") as HTMLElement & { show(id: string): void }).show(id),
        screen,
      );
      const controls = await page.locator(`[data-screen="${screen}"] button:visible:not(:disabled)`).all();
      for (const control of controls) {
        const box = (await control.boundingBox())!;
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchStart",
          touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }],
        });
        const pressed = await control.evaluate((element) => getComputedStyle(element).transform);
        await cdp.send("Input.dispatchTouchEvent", { type: "touchCancel", touchPoints: [] });
        const released = await control.evaluate((element) => getComputedStyle(element).transform);
        if (pressed === "none" || released !== "none")
          flat.push(`${screen} "${(await control.innerText()).trim()}": ${pressed} → ${released}`);
      }
    }
    expect(flat).toEqual([]);
    await context.close();
  });

  it("hides the cursor, selects no text, opens no context menu and has no links, but leaves zoom allowed", async () => {
    const { page, context } = await kiosk("?attract=600&screen=service-timeline");
    const cursors = await page.evaluate(() =>
      ["kiosk-shell", ".tile", '[data-step="next"]', ".tab", '[data-screen="service-timeline"] .mark'].map(
        (s) => getComputedStyle(document.querySelector(s)!).cursor,
      ),
    );
    expect(new Set(cursors)).toEqual(new Set(["none"]));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("kiosk-shell")!).userSelect)).toBe("none");
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
      document.querySelector(".tile")!.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
    expect(await page.locator("a[href]").count()).toBe(0);
    for (const element of ["html", "body"]) {
      expect(
        await page.evaluate((e) => getComputedStyle(document.querySelector(e)!).overscrollBehaviorX, element),
      ).toBe("none");
    }
    expect(await page.locator('meta[name="viewport"]').getAttribute("content")).not.toMatch(
      /user-scalable=no|maximum-scale/,
    );
    // A finger's pinch is the browser's only where every element under it lets it be (touch-action is not
    // inherited, each box narrows it): none of the kiosk's may say "none" or list pans without pinch-zoom.
    const noPinch = await page.evaluate(() =>
      [document.querySelector("kiosk-shell")!, ...document.querySelectorAll("kiosk-shell *")]
        .map((element) => [element, getComputedStyle(element).touchAction] as const)
        .filter(([, action]) => !["auto", "manipulation"].includes(action) && !action.includes("pinch-zoom"))
        .map(([element, action]) => `${element.tagName.toLowerCase()}.${element.getAttribute("class")}: ${action}`),
    );
    expect(noPinch).toEqual([]);
    await context.close();
  });
});

describe("reach and large-text modes", () => {
  for (const [format, viewport, share] of [
    ["landscape", { width: 1920, height: 1080 }, 0.33],
    ["portrait", { width: 1080, height: 1920 }, 0.4],
  ] as const) {
    it(`reach mode puts every control and all content in the lower part of a ${format} screen`, async () => {
      const { page, context } = await kiosk("?attract=600", { viewport });
      for (const screen of ["start", "overview-investment", "service-chains"]) {
        await page.evaluate(
          (id) => (document.querySelector("kiosk-shell") as HTMLElement & { show(id: string): void }).show(id),
          screen,
        );
        if ((await page.locator("kiosk-shell").getAttribute("data-reach")) === null) await tapControl(page, "内容放低");
        const highest = await page.evaluate(() =>
          Math.min(
            ...[...document.querySelectorAll("[data-screen]:not([hidden]) *")]
              .filter((e) => e.checkVisibility())
              .map((e) => e.getBoundingClientRect().top),
          ),
        );
        expect(highest, screen).toBeGreaterThanOrEqual(viewport.height * share - 1);
        expect(
          await page.locator('[data-screen]:not([hidden]) [data-action="reach"]').getAttribute("aria-pressed"),
        ).toBe("true");
      }
      await context.close();
    });
  }

  it("large text makes the kiosk's text a quarter larger", async () => {
    const { page, context } = await kiosk("?attract=600&screen=overview-rates");
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const selectors = [
      '[data-screen="overview-rates"] .slide-heading',
      '[data-screen="overview-rates"] .figure-value',
      '[data-screen="overview-rates"] .tab',
    ];
    const before = await Promise.all(selectors.map(size));
    await tapControl(page, "放大文字");
    const after = await Promise.all(selectors.map(size));
    after.forEach((value, i) => expect(value / before[i]!).toBeCloseTo(1.25, 2));
    await context.close();
  });
});

describe("a kiosk left alone", () => {
  it("warns, then resets everything for the next visitor: start screen, Chinese, modes off, attract loop, launcher told", async () => {
    const { page, context } = await kiosk("?idle=10&countdown=20&screen=service-factories&lang=en");
    const told: string[] = [];
    await page.exposeFunction("jianghuaKioskHost", (payload: string) => void told.push(payload));
    await tapControl(page, "Move down");
    await tapControl(page, "Larger text");
    await page.clock.runFor(11_000);
    expect(await shown(page, '[data-overlay="still-there"]')).toBe(true);
    await page.clock.runFor(21_000);
    expect(await visibleScreen(page)).toEqual(["start"]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-Hans");
    expect(
      await page
        .locator("kiosk-shell")
        .evaluate((shell) => [shell.hasAttribute("data-reach"), shell.hasAttribute("data-large")]),
    ).toEqual([false, false]);
    expect(await shown(page, '[data-overlay="attract"]')).toBe(true);
    expect(await page.evaluate(() => location.search)).toBe("?idle=10&countdown=20");
    expect(told).toEqual(['{"event":"reset"}']);
    await context.close();
  });

  it("with the launcher attached: pinch zoom back to 1× and one history entry at the reset; sent away, it returns", async () => {
    const { page, context, cdp } = await kiosk("?idle=5&screen=service-factories");
    const home = `${origin}/kiosk/?idle=5`;
    await attachHost(context, home, 1000);
    await page.goto(`${origin}/kiosk/?idle=5&screen=harmony-styles`);
    expect(await page.evaluate(() => history.length)).toBeGreaterThan(1);
    // A two-finger pinch on a trackpad or touch screen, as desktop Chromium gets it.
    await cdp.send("Input.synthesizePinchGesture", { x: 960, y: 540, scaleFactor: 3, gestureSourceType: "mouse" });
    const scale = () => page.evaluate(() => Math.round(visualViewport!.scale * 10) / 10);
    expect(await scale()).toBe(3);
    await page.clock.runFor(30_000);
    expect(await visibleScreen(page)).toEqual(["start"]);
    await expect.poll(scale).toBe(1);
    await expect.poll(() => page.evaluate(() => history.length)).toBe(1);
    await page.goto(`${origin}/`);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe("/kiosk/");
    await context.close();
  });

  it("turns reach mode back on at a reset when the hall set it as the default", async () => {
    const { page, context } = await kiosk("?idle=5&reach=1&screen=harmony-styles");
    expect(await page.locator("kiosk-shell").getAttribute("data-reach")).toBe("");
    await tapControl(page, "内容放低");
    expect(await page.locator("kiosk-shell").getAttribute("data-reach")).toBeNull();
    await page.clock.runFor(30_000);
    expect(await visibleScreen(page)).toEqual(["start"]);
    expect(await page.locator("kiosk-shell").getAttribute("data-reach")).toBe("");
    await context.close();
  });

  it("shows the attract loop's figures in Chinese and English by turns, moving them a few pixels each time", async () => {
    const { page, context } = await kiosk("?attract=2&cycle=2");
    await page.emulateMedia({ reducedMotion: "reduce" });
    const frames: Array<{ lang: string; figure: string; transform: string }> = [];
    await page.clock.runFor(2_500);
    for (let step = 0; step < 8; step++) {
      frames.push(
        await page.evaluate(() => {
          const current = document.querySelector<HTMLElement>(".attract-figure.is-current")!;
          return {
            lang: current.dataset.figureLang!,
            figure: current.dataset.figure!,
            transform: document.querySelector<HTMLElement>(".attract-stage")!.style.transform,
          };
        }),
      );
      await page.clock.runFor(2_000);
    }
    expect(frames.map((f) => f.lang)).toEqual(["zh", "en", "zh", "en", "zh", "en", "zh", "en"]);
    expect(new Set(frames.map((f) => f.figure)).size).toBeGreaterThanOrEqual(5);
    // The stage's own translate (set at every step), read as written rather than through layout.
    const offsets = frames.map((f) => {
      const match = /^translate\((-?[\d.]+)px, (-?[\d.]+)px\)$/.exec(f.transform);
      expect(match, `stage transform ${JSON.stringify(f.transform)}`).not.toBeNull();
      return [Number(match![1]), Number(match![2])];
    });
    for (const [x, y] of offsets) expect(Math.hypot(x!, y!)).toBeLessThanOrEqual(12.5);
    // Each step moves the content: no two frames in a row at the same place.
    for (let i = 1; i < offsets.length; i++) {
      expect(offsets[i], JSON.stringify(frames)).not.toEqual(offsets[i - 1]);
    }
    expect(new Set(offsets.map((o) => o.join())).size, JSON.stringify(frames)).toBeGreaterThanOrEqual(4);
    expect(await page.locator(".attract-figure.is-current").evaluate((e) => getComputedStyle(e).animationName)).toBe(
      "none",
    );
    await context.close();
  });

  it("dims the screen outside opening hours instead of the attract loop, and wakes at a touch without passing it on", async () => {
    const { page, context, cdp } = await kiosk("?attract=5&hours=08:00-18:00", { time: new Date(2026, 11, 1, 22, 0) });
    await page.clock.runFor(6_000);
    expect(await shown(page, '[data-overlay="dim"]')).toBe(true);
    expect(await shown(page, '[data-overlay="attract"]')).toBe(false);
    const card = await centreOf(page, '[data-open="spirit"]');
    await touch(cdp, card.x, card.y);
    await page.clock.runFor(1_000);
    expect(await shown(page, '[data-overlay="dim"]')).toBe(false);
    expect(await visibleScreen(page)).toEqual(["start"]);
    await page.clock.setSystemTime(new Date(2026, 12, 2, 7, 59, 30));
    await page.clock.runFor(6_000);
    expect(await shown(page, '[data-overlay="dim"]')).toBe(true);
    await page.clock.runFor(61_000);
    expect(await shown(page, '[data-overlay="attract"]')).toBe(true);
    expect(await shown(page, '[data-overlay="dim"]')).toBe(false);
    await context.close();
  });
});
