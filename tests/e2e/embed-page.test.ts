// The embed page on its own: bad query parameters change nothing and run nothing, ?static leaves the script
// out, the layout fills any height without cutting anything off, and axe finds nothing. Also the copy buttons
// of the embed code on the chart page.
import type { Page } from "playwright-core";
import { axeViolations } from "../support/axe.ts";
import { describe, expect, inject, it } from "vitest";
import { chartDefinition, chartIds } from "../../src/charts/registry.ts";
import { sharedBrowser, watchedPage } from "../support/browser.ts";
import { shownCode } from "../support/public-site.ts";

const origin = inject("origin");
const id = chartIds[0]!;
const embed = `${origin}/embed/${id}/`;

const browser = sharedBrowser();

const state = (page: Page) =>
  page.evaluate(() => ({
    path: location.pathname,
    theme: document.documentElement.dataset.theme ?? "auto",
    lang: document.documentElement.lang,
    title: document.querySelector("h1")?.textContent,
    charts: [...document.querySelectorAll(".chart-svg")].filter((svg) => svg.getBoundingClientRect().height > 100)
      .length,
    injected: (window as unknown as { injected?: number }).injected,
  }));

describe("the embed page", () => {
  const zh = chartDefinition(id).title.zh;
  const bad: Array<[string, { path: string; theme: string; lang: string }]> = [
    ["?theme=<script>window.injected=1</script>", { path: `/embed/${id}/`, theme: "light", lang: "zh-Hans" }],
    [
      '?lang=<img src=x onerror=window.injected=1>&theme="><svg onload=window.injected=1>',
      { path: `/embed/${id}/`, theme: "light", lang: "zh-Hans" },
    ],
    ["?theme=dark&theme=light&lang=en&lang=zh", { path: `/en/embed/${id}/`, theme: "dark", lang: "en" }],
    [
      "?lang=fr&theme=purple&static=javascript:window.injected=1",
      { path: `/embed/${id}/`, theme: "light", lang: "zh-Hans" },
    ],
    [`?theme=${"9".repeat(4000)}&lang=${"e".repeat(4000)}`, { path: `/embed/${id}/`, theme: "light", lang: "zh-Hans" }],
    ["?theme=%E0%A4%A&lang=%00en&%ZZ", { path: `/embed/${id}/`, theme: "light", lang: "zh-Hans" }],
    ["?theme=auto", { path: `/embed/${id}/`, theme: "auto", lang: "zh-Hans" }],
  ];

  it.each(bad)("still works with %s: defaults apply and nothing runs", async (query, expected) => {
    const { page, context, consoleErrors, foreignRequests } = await watchedPage(browser, [origin]);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await page.goto(`${embed}${query}`, { waitUntil: "networkidle" });
    const seen = await state(page);
    expect(seen).toMatchObject({ ...expected, charts: 1, injected: undefined });
    expect(seen.title).toBe(expected.lang === "en" ? chartDefinition(id).title.en : zh);
    expect([dialogs, consoleErrors, foreignRequests]).toEqual([[], [], []]);
    await context.close();
  });

  it("with ?static shows the chart without loading the explorer", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await page.goto(`${embed}?static`, { waitUntil: "networkidle" });
    expect(await page.evaluate(() => customElements.get("chart-explorer"))).toBeUndefined();
    expect((await state(page)).charts).toBe(1);
    await page.goto(embed, { waitUntil: "networkidle" });
    await expect.poll(() => page.evaluate(() => customElements.get("chart-explorer") !== undefined)).toBe(true);
    await context.close();
  });

  it.each([
    [640, 360],
    [640, 1200],
    [360, 560],
    [360, 1400],
  ])(
    "at %i×%i px shows title, chart and source, the chart filling the space left and drawn at its top",
    async (width, height) => {
      const { page, context } = await watchedPage(browser, [origin], { viewport: { width, height } });
      await page.goto(embed, { waitUntil: "networkidle" });
      const boxes = await page.evaluate(() => {
        const box = (selector: string) =>
          [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect()).find((r) => r.height > 0)!;
        return {
          title: box("h1"),
          chart: box(".chart-svg"),
          // What the chart draws: in a box taller than its aspect it sits at the top, not centred.
          drawn: [...document.querySelectorAll(".chart-svg > g")]
            .map((e) => e.getBoundingClientRect())
            .find((r) => r.height > 0)!,
          foot: box(".embed-foot a"),
          scroll: document.documentElement.scrollHeight,
        };
      });
      expect(boxes.scroll).toBeLessThanOrEqual(height);
      expect(boxes.foot.bottom).toBeLessThanOrEqual(height);
      expect(boxes.chart.top).toBeGreaterThanOrEqual(boxes.title.bottom);
      expect(boxes.chart.bottom).toBeLessThanOrEqual(boxes.foot.top);
      expect(boxes.foot.top - boxes.chart.bottom).toBeLessThan(60);
      expect(boxes.drawn.top - boxes.chart.top).toBeLessThan(8);
      await context.close();
    },
  );

  for (const colorScheme of ["light", "dark"] as const) {
    it(`passes axe in both languages, ${colorScheme} theme asked by the address`, async () => {
      const { page, context } = await watchedPage(browser, [origin], { colorScheme });
      for (const path of [`/embed/${id}/?theme=${colorScheme}`, `/en/embed/${id}/?theme=${colorScheme}`]) {
        await page.goto(`${origin}${path}`);
        expect(await axeViolations(page, path)).toEqual([]);
      }
      await context.close();
    });
  }
});

describe("the embed code on a chart page", () => {
  it("is copied by its button, or selected where the Clipboard API is missing", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.goto(`${origin}/charts/${id}/`);
    await page.locator('button[data-copy="embed-code"]').click();
    await expect
      .poll(() => page.locator("#embed-code").locator("xpath=../..").locator(".copy-status").innerText())
      .toBe("已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      shownCode(inject("distDir"), `/charts/${id}/`, "embed-code"),
    );

    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await page.reload();
    await page.locator('button[data-copy="embed-code-resizing"]').click();
    expect(await page.evaluate(() => getSelection()?.toString())).toContain("event.source!==frame.contentWindow");
    await context.close();
  });
});
