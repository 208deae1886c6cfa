// The kiosk's offline health, with a server that is really stopped and started (a browser's offline switch does
// not stop a service worker's own requests): it works with no network after the first load; a damaged or deleted
// copy is fetched again once the network is there and the repair lasts; a full disk makes a new build's install
// fail visibly while the old build runs on, until there is room; a new build published while the server was down
// is taken at the next reset, on the start screen; one published while the kiosk rests is found by its timed look,
// and the visit counts outlive the change of build.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { damageEntry, grantPersistentStorage, kioskRuns, KioskSite } from "../support/kiosk-offline.ts";
import { loadUntilOffline, lookForBuild, workerStatus } from "../support/kiosk-offline.ts";
import { tapControl, visibleScreen } from "../support/kiosk-page.ts";

let browser: Browser;
let site: KioskSite;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await context?.close();
  await site?.remove();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query = "?attract=600", persistent = false): Promise<void> {
  site = await KioskSite.copyOf(inject("distDir"));
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  page = await context.newPage();
  if (persistent) await grantPersistentStorage(browser, context, page, site.origin);
  await loadUntilOffline(page, `${site.origin}/kiosk/${query}`);
}

const pathOf = (selector: string, attribute: "src" | "href") =>
  page.evaluate(([css, name]) => new URL(document.querySelector(css)!.getAttribute(name)!, location.href).pathname, [
    selector,
    attribute,
  ] as const);
const script = () => pathOf("script[type=module][src]", "src");
const stylesheet = () => pathOf('link[rel="stylesheet"]', "href");

describe("the kiosk offline", () => {
  it("keeps working with the server stopped after the first load, staff screen included", async () => {
    await open("?attract=600", true);
    await site.stop();
    await page.reload();
    await page.locator('[data-open="service"]').tap();
    expect(await visibleScreen(page)).toEqual(["service-timeline"]);
    expect(await page.locator('[data-screen="service-timeline"] svg.chart-svg').first().isVisible()).toBe(true);
    await page.goto(`${site.origin}/kiosk/?attract=600&screen=staff`);
    const storage = () => page.locator('[data-status="storage"]').innerText();
    await expect.poll(storage, { timeout: 10_000 }).toMatch(/MB · persistent: yes$/);
    const offline = () => page.locator('[data-status="offline"]').innerText();
    await expect.poll(offline).toMatch(/^ready: (\d+) of \1 files intact/);
  });

  it("serves a damaged copy again from the network, and the repaired copy then works offline", async () => {
    await open();
    const path = await script();
    await damageEntry(page, path, "corrupt");
    expect((await workerStatus(page, "status")).corrupt).toEqual([path]);
    await page.reload();
    expect(await kioskRuns(page)).toBe(true);
    const after = await workerStatus(page, "status");
    expect(after.corrupt).toEqual([]);
    expect(after.repaired).toContain(path);
    await site.stop();
    await page.reload();
    expect(await kioskRuns(page)).toBe(true);
  });

  it("fetches a deleted copy again at its next reset once the network is back", async () => {
    await open("?idle=5&attract=600&screen=service-timeline");
    // The idle time and the countdown pass on the page's clock, not the test's.
    await page.clock.install();
    await page.reload();
    await page.clock.pauseAt(Date.now() + 10_000);
    const path = await stylesheet();
    await site.stop();
    await damageEntry(page, path, "delete");
    // "status" reports without repairing; the kiosk itself asks for the repair when it looks for a new build.
    expect((await workerStatus(page, "status")).missing).toEqual([path]);
    await site.start();
    expect((await workerStatus(page, "status")).missing).toEqual([path]);
    await page.clock.runFor(40_000);
    await expect.poll(() => visibleScreen(page)).toEqual(["start"]);
    const repaired = () => workerStatus(page, "status");
    await expect.poll(async () => (await repaired()).missing, { timeout: 15_000 }).toEqual([]);
    expect(await repaired()).toMatchObject({ corrupt: [], intact: (await repaired()).files });
    await site.stop();
    await page.reload();
    expect(await kioskRuns(page)).toBe(true);
  }, 90_000);
});

describe("new builds", () => {
  it("shows a full disk on the staff screen, keeps the old build, takes the new one once there is room", async () => {
    await open("?attract=600");
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send("Storage.overrideQuotaForOrigin", { origin: site.origin, quotaSize: usage + 4096 });
    const oldId = await page.locator("kiosk-shell").getAttribute("data-build-id");
    const newId = site.publish("full-disk");
    await lookForBuild(page);
    await page.goto(`${site.origin}/kiosk/?attract=600&screen=staff`);
    const status = (key: string) => page.locator(`[data-status="${key}"]`).innerText();
    await expect.poll(() => status("offline"), { timeout: 20_000 }).toMatch(/install failed: QuotaExceededError/);
    // The staff screen writes its lines as each answer comes (it asks again every 5 s): the storage line may follow.
    await expect.poll(() => status("storage")).toMatch(/^SHORT: [\d.]+ MB free, a new build needs about [\d.]+ MB/);
    expect(await page.locator("kiosk-shell").getAttribute("data-build-id")).toBe(oldId);
    expect(await kioskRuns(page)).toBe(true);

    await cdp.send("Storage.overrideQuotaForOrigin", { origin: site.origin });
    await page.goto(`${site.origin}/kiosk/?attract=2`);
    expect(await lookForBuild(page)).toBe("looked");
    const shownBuild = () => page.locator("kiosk-shell").getAttribute("data-build-id");
    await expect.poll(shownBuild, { timeout: 30_000 }).toBe(newId);
    expect(await page.locator('h1[data-build="full-disk"]').count()).toBe(1);
  });

  it("looks for a new build every N minutes by itself, takes it while resting on the start screen, and keeps the counts", async () => {
    // update=1: a look every minute. No reset happens here (the visit ends by the start button), so only the timed
    // look can find the new build.
    await open("?update=1&attract=5");
    await page.clock.install();
    await page.reload();
    await page.clock.pauseAt(Date.now() + 1_000);
    await page.locator('[data-open="harmony"]').tap();
    await tapControl(page, "回到首页");
    expect(await visibleScreen(page)).toEqual(["start"]);
    const oldId = await page.locator("kiosk-shell").getAttribute("data-build-id");
    const newId = site.publish("timed");
    expect(newId).not.toBe(oldId);
    // Before the minute is up nothing has looked: the worker still serves the old build.
    await page.clock.runFor(50_000);
    expect((await workerStatus(page, "status")).id).toBe(oldId);
    await page.clock.runFor(15_000);
    const shownBuild = () => page.locator("kiosk-shell").getAttribute("data-build-id");
    await expect.poll(shownBuild, { timeout: 45_000, interval: 1000 }).toBe(newId);
    expect(await page.locator('h1[data-build="timed"]').count()).toBe(1);
    // The counts of the visit made on the old build are still there on the new one's staff screen.
    await page.goto(`${site.origin}/kiosk/?attract=600&screen=staff`);
    const row = () => page.locator("[data-counts] tr").first().locator("td").allInnerTexts();
    await expect.poll(row, { timeout: 10_000 }).toEqual([expect.any(String), "1", "harmony 1", "1 / 0", "0"]);
    expect(await page.locator("kiosk-shell").getAttribute("data-build-id")).toBe(newId);
  }, 120_000);

  it("takes a build published while the server was down at the next reset, not in the middle of a visit", async () => {
    await open("?idle=5&attract=600&screen=service-timeline");
    // The idle time and the countdown pass on the page's clock, not the test's.
    await page.clock.install();
    await page.reload();
    await page.clock.pauseAt(Date.now() + 10_000);
    await site.stop();
    const newId = site.publish("next");
    expect(await lookForBuild(page)).toBe("no network");
    await site.start();
    expect(await lookForBuild(page)).toBe("looked");
    // The new build's worker serves from now on, but the page on screen stays the old build's. (Its install
    // fetches and hashes every file: on a loaded machine that can take half a minute.)
    const serving = () => workerStatus(page, "status").then((status) => status.id);
    await expect.poll(serving, { timeout: 45_000, interval: 1000 }).toBe(newId);
    await page.clock.runFor(4_000);
    expect(await visibleScreen(page)).toEqual(["service-timeline"]);
    expect(await page.locator('h1[data-build="next"]').count()).toBe(0);
    await page.clock.runFor(30_000);
    const shownBuild = () => page.locator("kiosk-shell").getAttribute("data-build-id");
    await expect.poll(shownBuild, { timeout: 40_000, interval: 1000 }).toBe(newId);
    await expect.poll(() => visibleScreen(page)).toEqual(["start"]);
    expect(await page.locator('h1[data-build="next"]').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`kiosk-${newId}`]);
  }, 150_000);
});
