// The kiosk in Chromium as a visitor meets it: touch through every code, switch language, walk away (idle
// warning, reset), the attract loop, offline after the first load, and a bounded soak that watches the heap.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { kioskCodes } from "../../src/kiosk/content.ts";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kioskAssets, workerSource } from "../../src/integrations/kiosk-worker.ts";
import { startServer } from "../../scripts/serve.ts";
import { sharedBrowser, watchedPage } from "../support/browser.ts";

const browser = sharedBrowser();

const origin = inject("origin");
const touchScreen = { viewport: { width: 1920, height: 1080 }, hasTouch: true };

/** A horizontal swipe with real touch events (pointerType "touch"), as a finger on the screen makes it. */
async function swipe(page: Page, direction: "left" | "right"): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const [from, to] = direction === "left" ? [1400, 500] : [500, 1400];
  const y = 600;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: from, y }] });
  for (let step = 1; step <= 8; step++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: from + ((to - from) * step) / 8, y }] });
    await page.waitForTimeout(16);
  }
  // The finger rests before lifting, as people do: without it Chrome starts a fling that swallows the next tap.
  await page.waitForTimeout(120);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: to, y }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

const visibleScreen = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>("[data-screen]")].filter((s) => !s.hidden).map((s) => s.dataset.screen));
const visibleSlide = (page: Page, code: string) =>
  page.evaluate((c) => [...document.querySelectorAll<HTMLElement>(`[data-screen="${c}"] .slide`)].findIndex((s) => !s.hidden), code);

describe("the kiosk", () => {
  it("takes a visitor through every code and every slide by touch, with no console error", async () => {
    const { page, context, consoleErrors, foreignRequests } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/`);
    for (const code of kioskCodes) {
      await page.locator(`[data-open="${code.code}"]`).tap();
      expect(await visibleScreen(page)).toEqual([code.code]);
      for (let i = 1; i < code.slides.length; i++) {
        await swipe(page, "left");
        await expect.poll(() => visibleSlide(page, code.code)).toBe(i);
      }
      expect(await page.locator(`[data-screen="${code.code}"] [data-action="next"]`).isDisabled()).toBe(true);
      if (code.slides.length > 1) {
        await swipe(page, "right");
        await expect.poll(() => visibleSlide(page, code.code)).toBe(code.slides.length - 2);
        await page.locator(`[data-screen="${code.code}"] [data-action="next"]`).tap();
        await expect.poll(() => visibleSlide(page, code.code)).toBe(code.slides.length - 1);
      }
      await page.locator('[data-action="home"]').tap();
      expect(await visibleScreen(page)).toEqual(["start"]);
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it("switches every text to English and back, in place", async () => {
    const { page, context } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/`);
    await page.locator('[data-open="service"]').tap();
    await page.locator('[data-action="lang"]').tap();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const text = await page.locator('[data-screen="service"]').innerText();
    expect(text).toContain("The service code");
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await visibleScreen(page)).toEqual(["service"]);
    await page.locator('[data-action="lang"]').tap();
    expect(await page.locator('[data-screen="service"] .code-title').innerText()).toBe("服务密码");
    await context.close();
  });

  it("keeps visitors in: no links, no text selection, no context menu, big targets, zoom still allowed", async () => {
    const { page, context } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/`);
    expect(await page.locator("a[href]").count()).toBe(0);
    expect(await page.locator(".qr svg").count()).toBe(kioskCodes.length);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("kiosk-shell")!).userSelect)).toBe("none");
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
      document.querySelector(".tile")!.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).overscrollBehaviorX)).toBe("none");
    expect(await page.locator('meta[name="viewport"]').getAttribute("content")).not.toMatch(/user-scalable=no|maximum-scale/);
    for (const box of await page.locator("button:visible").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
      expect(box.width).toBeGreaterThanOrEqual(48);
      expect(box.height).toBeGreaterThanOrEqual(48);
    }
    await context.close();
  });

  it("warns a visitor who walks away, lets a touch cancel, then resets to the start in Chinese", async () => {
    const { page, context } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/?idle=5&attract=600`);
    await page.locator('[data-open="spirit"]').tap();
    await page.locator('[data-action="lang"]').tap();
    const dialog = page.locator(".still-there");
    await expect.poll(() => dialog.isVisible(), { timeout: 8000 }).toBe(true);
    expect(Number(await dialog.locator(".countdown").innerText())).toBeGreaterThanOrEqual(19);
    await page.locator('[data-action="stay"]').tap();
    expect(await dialog.isVisible()).toBe(false);
    expect(await visibleScreen(page)).toEqual(["spirit"]);
    await expect.poll(() => dialog.isVisible(), { timeout: 8000 }).toBe(true);
    await expect.poll(() => visibleScreen(page), { timeout: 25_000, interval: 1000 }).toEqual(["start"]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-Hans");
    expect(await page.locator("[data-attract]").isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it("falls back to the default idle time when the query string is bad", async () => {
    const { page, context } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/?idle=abc&countdown=1&attract=<script>`);
    await page.locator('[data-open="spirit"]').tap();
    await page.waitForTimeout(6000);
    expect(await page.locator(".still-there").isVisible()).toBe(false);
    expect(await page.locator("[data-attract]").isVisible()).toBe(false);
    await context.close();
  });

  it("runs the attract loop when idle on the start screen, cycles figures, and stops at a touch", async () => {
    const { page, context } = await watchedPage(browser, [origin], { ...touchScreen, reducedMotion: "reduce" });
    await page.goto(`${origin}/kiosk/?attract=2&cycle=2`);
    const layer = page.locator("[data-attract]");
    await expect.poll(() => layer.isVisible(), { timeout: 5000 }).toBe(true);
    const current = () => page.locator(".attract-figure.is-current").getAttribute("data-figure");
    const first = await current();
    await expect.poll(current, { timeout: 5000 }).not.toBe(first);
    expect(await page.locator(".attract-figure.is-current").evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
    await page.touchscreen.tap(960, 540);
    expect(await layer.isVisible()).toBe(false);
    expect(await visibleScreen(page)).toEqual(["start"]);
    await context.close();
  });

  it("keeps working offline after the first load", async () => {
    const server = await startServer({ root: inject("distDir"), port: 0 });
    const local = `http://localhost:${server.port}`;
    const { page, context } = await watchedPage(browser, [local], touchScreen);
    await page.goto(`${local}/kiosk/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await server.close();
    await page.reload();
    await page.locator('[data-open="service"]').tap();
    expect(await visibleScreen(page)).toEqual(["service"]);
    expect(await page.locator('[data-screen="service"] svg.chart-svg').first().isVisible()).toBe(true);
    await context.close();
  });

  it("replaces its offline copy cleanly when a new build is served", async () => {
    const root = mkdtempSync(join(tmpdir(), "jianghua-kiosk-update-"));
    cpSync(inject("distDir"), root, { recursive: true });
    const server = await startServer({ root, port: 0 });
    const local = `http://localhost:${server.port}`;
    const { page, context } = await watchedPage(browser, [local], touchScreen);
    try {
      await page.goto(`${local}/kiosk/`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      const cacheNames = () => page.evaluate(() => caches.keys());
      const [first] = await cacheNames();
      expect(first).toMatch(/^kiosk-[0-9a-f]{12}$/);

      const pagePath = join(root, "kiosk", "index.html");
      writeFileSync(pagePath, readFileSync(pagePath, "utf8").replace('<h1 class="kiosk-title"', '<h1 data-build="next" class="kiosk-title"'));
      writeFileSync(join(root, "kiosk", "sw.js"), workerSource(kioskAssets(root), "next0build00"));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      await expect.poll(cacheNames, { timeout: 15_000 }).toEqual(["kiosk-next0build00"]);
      await page.reload();
      expect(await page.locator('h1[data-build="next"]').count()).toBe(1);
    } finally {
      await context.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`passes axe in the ${colorScheme} theme, on the start screen and in a code`, async () => {
      const { page, context } = await watchedPage(browser, [origin], { ...touchScreen, colorScheme });
      await page.goto(`${origin}/kiosk/?attract=600`);
      for (const step of ["start", "service"]) {
        if (step !== "start") await page.locator(`[data-open="${step}"]`).tap();
        const result = await new AxeBuilder({ page }).analyze();
        expect(result.violations.map((v) => `${step} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      }
      await context.close();
    });
  }

  it("runs for minutes through every screen without its heap or DOM growing", async () => {
    const seconds = Number(process.env.KIOSK_SOAK_SECONDS ?? 120);
    const { page, context, consoleErrors } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/?attract=2&cycle=2&idle=600`);
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = await cdp.send("Runtime.getHeapUsage");
      const dom = await cdp.send("Memory.getDOMCounters");
      return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    const tour = async () => {
      for (const code of kioskCodes) {
        await page.locator(`[data-open="${code.code}"]`).tap();
        for (let i = 1; i < code.slides.length; i++) await page.locator(`[data-screen="${code.code}"] [data-action="next"]`).tap();
        await page.locator('[data-action="lang"]').tap();
        const mark = page.locator(`[data-screen="${code.code}"] .slide:not([hidden]) [data-point]`).first();
        if (await mark.isVisible()) await mark.tap();
        await page.locator('[data-action="lang"]').tap();
        await page.locator('[data-action="home"]').tap();
      }
      await page.waitForTimeout(2500);
      await page.touchscreen.tap(960, 1000);
    };
    await tour();
    const before = await measure();
    const end = Date.now() + seconds * 1000;
    let tours = 0;
    while (Date.now() < end) {
      await tour();
      tours++;
    }
    const after = await measure();
    console.log(`kiosk soak: ${tours} tours in ${seconds} s; heap ${(before.heap / 1e6).toFixed(2)} → ${(after.heap / 1e6).toFixed(2)} MB; DOM nodes ${before.nodes} → ${after.nodes}; listeners ${before.listeners} → ${after.listeners}`);
    expect(tours).toBeGreaterThan(2);
    expect(after.heap).toBeLessThan(before.heap * 1.25 + 1e6);
    expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1);
    expect(after.listeners).toBeLessThanOrEqual(before.listeners + 5);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);

  it("lays out in portrait too, without horizontal scrolling", async () => {
    const { page, context } = await watchedPage(browser, [origin], { viewport: { width: 1080, height: 1920 }, hasTouch: true });
    await page.goto(`${origin}/kiosk/?attract=600`);
    for (const code of kioskCodes) {
      await page.locator(`[data-open="${code.code}"]`).tap();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1080);
      await page.locator('[data-action="home"]').tap();
    }
    await context.close();
  });
});
