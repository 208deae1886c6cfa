// The kiosk as a visitor uses it, in real Chromium with touch: every sequence by taps and swipes, the key figures
// within three taps of the start, English everywhere, QR codes that open the chapter section on the public site,
// and nothing a visit leaves behind but anonymous counts on the machine.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { auditDataset, daysBetween, decimalsOf, formatComputed, formatStated, roundTo } from "../../src/data/audit.ts";
import { formatFact, formatQuantity, type Lang } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";
import { kioskSequences } from "../../src/kiosk/content.ts";
import { slideScreens } from "../../src/kiosk/screens.ts";
import { stories } from "../../src/stories/registry.ts";
import { launchBrowser, watchedPage } from "../support/browser.ts";
import { setLanguage, showScreen, tapControl, visibleScreen, visibleText } from "../support/kiosk-page.ts";
import { addressedPart } from "../support/html-elements.ts";
import { decodeQrSvg } from "../support/qr.ts";

const origin = inject("origin");
const publicOrigin = inject("publicOrigin");
const dist = inject("distDir");
const data = loadDataset();
const touchScreen = { viewport: { width: 1920, height: 1080 }, hasTouch: true };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A horizontal swipe with real touch events, as a finger makes it. */
async function swipe(page: Page, direction: "left" | "right"): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const [from, to] = direction === "left" ? [1500, 900] : [900, 1500];
  const y = 500;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: from, y }] });
  for (let step = 1; step <= 6; step++) {
    await cdp.send("Input.dispatchTouchEvent", {
      type: "touchMove",
      touchPoints: [{ x: from + ((to - from) * step) / 6, y }],
    });
  }
  // The finger rests before lifting, as people do: without it Chrome starts a fling that swallows the next tap.
  await page.waitForTimeout(120);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

describe("a visit to the kiosk", () => {
  it("goes through every sequence by touch, from one sequence's end to the next, adding no history entry", async () => {
    const { page, context, consoleErrors, foreignRequests } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/?attract=600`);
    const entries = await page.evaluate(() => history.length);
    await page.locator(`[data-open="${kioskSequences[0]!.code}"]`).tap();
    for (const [s, sequence] of kioskSequences.entries()) {
      const ids = slideScreens().flatMap((screen) => (screen.sequence === sequence ? [screen.id] : []));
      expect(await visibleScreen(page)).toEqual([ids[0]]);
      for (const id of ids.slice(1)) {
        await swipe(page, "left");
        await expect.poll(() => visibleScreen(page)).toEqual([id]);
      }
      await swipe(page, "right");
      await expect.poll(() => visibleScreen(page)).toEqual([ids.at(-2) ?? ids[0]]);
      await page.locator("[data-screen]:not([hidden]) .tab").last().tap();
      expect(await visibleScreen(page)).toEqual([ids.at(-1)]);
      const next = kioskSequences[(s + 1) % kioskSequences.length]!;
      expect(await page.locator(`[data-screen="${ids.at(-1)}"] [data-step="next"]`).innerText()).toContain(
        next.name.zh,
      );
      if (s < kioskSequences.length - 1) await page.locator(`[data-screen="${ids.at(-1)}"] [data-step="next"]`).tap();
    }
    await tapControl(page, "回到首页");
    expect(await visibleScreen(page)).toEqual(["start"]);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it("tells each step story of the chapters a tap at a time, in the very states the chapter draws", async () => {
    const { page, context, consoleErrors } = await watchedPage(browser, [origin], touchScreen);
    for (const story of stories) {
      const screens = slideScreens().filter(({ slide }) => slide.kind === "story" && slide.id === story.id);
      const { sequence, slide } = screens[0]!;
      await page.goto(`${origin}/${sequence.chapter}/`);
      const drawn = await page.evaluate(
        (ids) => ids.map((id) => document.getElementById(id)!.querySelector(".step-chart svg")!.outerHTML),
        story.steps,
      );
      await page.goto(`${origin}/kiosk/?attract=600`);
      await page.locator(`[data-open="${sequence.code}"]`).tap();
      await page.locator("[data-screen]:not([hidden]) .tab", { hasText: slide.label.zh }).tap();
      for (const [i, screen] of screens.entries()) {
        expect(await visibleScreen(page)).toEqual([screen.id]);
        const stage = page.locator("[data-screen]:not([hidden]) .story-stage:visible");
        expect(await stage.locator("svg").evaluate((svg) => svg.outerHTML), screen.id).toBe(drawn[i]);
        await stage.tap();
      }
      expect(await visibleScreen(page)).toEqual([screens.at(-1)!.next]);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  const audit = (id: string) => auditDataset(data).find((row) => row.claim.id === id)!;
  const fact = (id: string, lang: Lang) => formatFact(data.facts.get(id)!, lang);
  const computedAtStated = (id: string, lang: Lang) =>
    formatQuantity(roundTo(audit(id).computed!, decimalsOf(audit(id).claim.stated)), audit(id).computedUnit, lang);
  /** Each key figure: the taps from the start screen (cards and controls by their visible words) and what shows. */
  const keyFigures = (lang: Lang) => {
    const name = (code: string) => kioskSequences.find((s) => s.code === code)!.name[lang];
    const label = (code: string, key: string) =>
      kioskSequences.find((s) => s.code === code)!.slides.find((s) => s.key === key)!.label[lang];
    const ruiyiDays = daysBetween(data.events.get("ruiyi-signing")!.date, data.events.get("ruiyi-flat-rented")!.date);
    return [
      {
        what: "projects and contracted investment",
        taps: [name("overview")],
        shows: [fact("projects-2015-2020", lang), fact("contract-investment-2015-2020", lang)],
      },
      {
        what: "output 2015 and 2020",
        taps: [name("overview")],
        shows: [fact("output-2015", lang), fact("output-2020", lang)],
      },
      {
        what: "yearly growth, stated and computed",
        taps: [name("overview"), label("overview", "rates")],
        shows: [formatStated(audit("output-annual-rate"), lang), computedAtStated("output-annual-rate", lang)],
      },
      {
        what: "Guide's days against the usual two years",
        taps: [name("overview"), label("overview", "rates")],
        shows: [
          formatStated(audit("guide-signing-to-production"), lang),
          formatComputed(audit("guide-signing-to-production"), lang)!,
          fact("guide-usual-duration", lang),
        ],
      },
      { what: "Ruiyi's flat", taps: [name("service")], shows: [formatQuantity(ruiyiDays, "days", lang)] },
      {
        what: "honours",
        taps: [name("spirit"), label("spirit", "honours")],
        shows: [fact("national-honours", lang), fact("provincial-honours", lang)],
      },
      {
        what: "the park's rank",
        taps: [name("spirit"), label("spirit", "rankings")],
        shows: [fact("park-rank", lang), fact("parks-ranked", lang)],
      },
      {
        what: "factory space against the plan",
        taps: [name("service"), label("service", "factories")],
        shows: [fact("factories-secured", lang), formatComputed(audit("factories-vs-plan"), lang)!],
      },
      {
        what: "2021 trade",
        taps: [name("overview"), label("overview", "momentum")],
        shows: [fact("trade-jan-may-2021", lang), fact("trade-growth-jan-may-2021", lang)],
      },
    ];
  };

  it("shows each key figure within three taps of the start screen, in Chinese and in English", async () => {
    const { page, context } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/?attract=600`);
    const missing: string[] = [];
    const english = keyFigures("en");
    for (const [i, figure] of keyFigures("zh").entries()) {
      await showScreen(page, "start");
      expect(figure.taps.length).toBeLessThanOrEqual(3);
      for (const label of figure.taps) await tapControl(page, label);
      for (const [lang, shows] of [
        ["zh", figure.shows],
        ["en", english[i]!.shows],
      ] as const) {
        await setLanguage(page, lang);
        const text = (await visibleText(page)).replace(/\s+/g, " ");
        for (const shown of shows)
          if (!text.includes(shown))
            missing.push(`${figure.what} (${lang}): "${shown}" after ${figure.taps.join(" → ")}`);
      }
      await setLanguage(page, "zh");
    }
    expect(missing).toEqual([]);
    await context.close();
  });
});

describe("the kiosk in English", () => {
  const chinese = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

  it("is English everywhere once a visitor chooses English: texts, aria-labels, the attract loop's English turns", async () => {
    const { page, context } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/?attract=600`);
    await tapControl(page, "English");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const found: string[] = [];
    for (const screen of await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("[data-screen]")].map((s) => s.dataset.screen!),
    )) {
      await showScreen(page, screen);
      const leaks = await page.evaluate((pattern) => {
        const re = new RegExp(pattern);
        const root = document.querySelector("[data-screen]:not([hidden])")!;
        const out: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (
            !parent.checkVisibility() ||
            parent.closest("title, desc") ||
            parent.closest("[lang]")?.getAttribute("lang") === "zh-Hans"
          )
            continue;
          if (re.test(node.textContent ?? "")) out.push(`text "${node.textContent!.trim().slice(0, 30)}"`);
        }
        // The text above skips what is marked Chinese, and the only Chinese left to see is the switch back to
        // it: any other element marked Chinese that shows (a paragraph, a caption, one half of a bilingual
        // span) has lost what hides it in English mode.
        for (const element of root.querySelectorAll<HTMLElement>('[lang="zh-Hans"]')) {
          if (element.checkVisibility() && !element.matches('button[data-action="lang"] > span'))
            out.push(`Chinese <${element.tagName.toLowerCase()}> "${element.textContent!.trim().slice(0, 30)}"`);
        }
        for (const element of [root, ...root.querySelectorAll("[aria-label]")]) {
          const label = element.getAttribute("aria-label") ?? "";
          if (element.checkVisibility() && re.test(label)) out.push(`aria-label "${label}"`);
        }
        return out;
      }, chinese.source);
      found.push(...leaks.map((leak) => `${screen}: ${leak}`));
    }
    expect(found).toEqual([]);
    const englishFrames = await page
      .locator('.attract-figure[data-figure-lang="en"]')
      .evaluateAll((frames) =>
        frames.map((frame) => ({ lang: frame.getAttribute("lang"), text: frame.textContent ?? "" })),
      );
    expect(englishFrames.length).toBeGreaterThan(0);
    for (const frame of englishFrames) {
      expect(frame.lang).toBe("en");
      expect(frame.text).not.toMatch(chinese);
      expect(frame.text).toContain("Touch the screen to begin");
    }
    await context.close();
  });

  it("gives every slide a QR code that opens the chapter section telling what the slide shows, /en/… in English", async () => {
    const { page, context } = await watchedPage(browser, [origin], touchScreen);
    await page.goto(`${origin}/kiosk/?attract=600`);
    const problems: string[] = [];
    // What each slide shows, as its own screen says: its chart (a story's step draws its state's chart, whose id
    // is the step's address), the story it is a step of, the records of its big figures.
    const codes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("figure.qr")].map((figure) => {
        const screen = figure.closest<HTMLElement>("[data-screen]")!;
        const stage = screen.querySelector(".slide-stage")!;
        return {
          screen: screen.dataset.screen!,
          lang: figure.dataset.qr as "zh" | "en",
          svg: figure.querySelector("svg")!.outerHTML,
          chart: stage.querySelector<HTMLElement>("[data-chart-id]")?.dataset.chartId,
          story: stage.querySelector<HTMLElement>("[data-story]")?.dataset.story,
          facts: [
            ...new Set(
              [...stage.querySelectorAll<HTMLElement>("[data-facts]")].flatMap((li) => li.dataset.facts!.split(" ")),
            ),
          ],
        };
      }),
    );
    const slides = await page.locator("[data-sequence]").count();
    expect(codes.length).toBe(2 * slides);
    // What a chart draws on, from its own JSON download: the records it refers to, and the Chinese items of its lists.
    const drawsOn = (chart: string) => {
      const json = JSON.parse(readFileSync(join(dist, "charts", chart, `${chart}.json`), "utf8")) as {
        records: { id: string; items?: { name: string }[] }[];
      };
      return { records: json.records.map((r) => r.id), lists: json.records.flatMap((r) => (r.items ? [r.items] : [])) };
    };
    const told = new Map<string, string>();
    for (const lang of ["zh", "en"] as const) {
      for (const code of codes.filter((c) => c.lang === lang)) {
        const text = decodeQrSvg(code.svg, 200) ?? "";
        const prefix = `${publicOrigin}${lang === "en" ? "/en" : ""}/`;
        const url = new URL(text, publicOrigin);
        const file = join(dist, url.pathname, "index.html");
        const where = `${code.screen} ${lang}: ${text || "(no code)"}`;
        if (!text.startsWith(prefix) || (lang === "zh" && text.startsWith(`${publicOrigin}/en/`))) {
          problems.push(`${where} is not under ${prefix}`);
          continue;
        }
        const part =
          existsSync(file) && url.hash ? addressedPart(readFileSync(file, "utf8"), url.hash.slice(1)) : undefined;
        if (!part) {
          problems.push(`${where}: no such section`);
          continue;
        }
        const address = `${url.pathname.replace(/^\/en\//, "/")}${url.hash}`;
        const sources = code.chart && !code.story ? drawsOn(code.chart) : { records: [], lists: [] };
        const tells = code.story
          ? part.story === code.story && url.hash === `#${code.chart}`
          : (code.chart !== undefined && part.charts.includes(code.chart)) ||
            [...code.facts, ...sources.records].some((id) => part.facts.includes(id)) ||
            (lang === "zh" && sources.lists.some((items) => items.every((item) => part.text.includes(item.name)))) ||
            // The English chapters name lists in English: an English code may lead where the Chinese one does.
            (lang === "en" && told.get(`${code.screen} zh`) === address);
        if (tells) told.set(`${code.screen} ${lang}`, address);
        else
          problems.push(
            `${where}: the section does not tell ${code.story ? `${code.story}, step ${code.chart}` : (code.chart ?? code.facts.join(", "))}`,
          );
      }
    }
    // The code a visitor sees is the one of the language chosen.
    await showScreen(page, "service-factories");
    for (const lang of ["zh", "en"] as const) {
      await setLanguage(page, lang);
      expect(await page.locator("[data-screen]:not([hidden]) figure.qr:visible").getAttribute("data-qr")).toBe(lang);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the staff screen", () => {
  it("opens by five taps in the top-left corner and a hold, and shows the build, offline health, storage and the counts", async () => {
    const { page, context } = await watchedPage(browser, [origin], touchScreen);
    const sent: string[] = [];
    page.on("request", (request) => request.method() !== "GET" && sent.push(`${request.method()} ${request.url()}`));
    await page.goto(`${origin}/kiosk/?attract=600`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.locator('[data-open="spirit"]').tap();
    await tapControl(page, "English");
    await tapControl(page, "Start");
    const cdp = await context.newCDPSession(page);
    for (let tap = 0; tap < 5; tap++) await page.touchscreen.tap(20, 20);
    expect(await visibleScreen(page)).toEqual(["start"]);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: 20, y: 20 }] });
    await page.waitForTimeout(2300);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    expect(await visibleScreen(page)).toEqual(["staff"]);
    const status = (key: string) => page.locator(`[data-status="${key}"]`).innerText();
    const buildId = await page.locator("kiosk-shell").getAttribute("data-build-id");
    expect(buildId).toMatch(/^[0-9a-f]{12}$/);
    expect(await status("build")).toContain(buildId!);
    await expect.poll(() => status("offline"), { timeout: 15_000 }).toMatch(/^ready: (\d+) of \1 files intact/);
    // The kiosk asked for persistent storage at start; a headless browser with no history of the site says no.
    const refused = /^[\d.]+ MB used of [\d.]+ MB · persistent: no \(asked; the browser refused/;
    await expect.poll(() => status("storage"), { timeout: 10_000 }).toMatch(refused);
    expect(await status("qr")).toContain(publicOrigin);
    const today = await page.evaluate(() => new Date().toLocaleDateString("sv-SE"));
    const row = () => page.locator("[data-counts] tr").first().locator("td").allInnerTexts();
    expect(await row()).toEqual([today, "1", "spirit 1", "0 / 1", "0"]);
    await expect.poll(() => page.locator("[data-counts-qr] svg").count()).toBe(1);
    const json = decodeQrSvg(await page.locator("[data-counts-qr] svg").evaluate((svg) => svg.outerHTML));
    expect(JSON.parse(json!)).toMatchObject({
      build: buildId,
      days: { [today]: { sessions: 1, codes: { spirit: 1 }, lang: { zh: 0, en: 1 }, resets: 0 } },
    });

    await page.goto(`${origin}/kiosk/?attract=600&screen=staff`);
    await expect.poll(row, { timeout: 10_000 }).toEqual([today, "1", "spirit 1", "0 / 1", "0"]);
    await tapControl(page, "清除计数");
    await tapControl(page, "确认清除");
    await expect.poll(() => page.locator("[data-counts] tr").count()).toBe(0);
    await page.reload();
    expect(await page.locator("[data-counts] tr").count()).toBe(0);
    expect(sent).toEqual([]);
    await context.close();
  });
});

describe("accessibility of the kiosk's screens", () => {
  // The start screen is checked with every other page (tests/support/every-page.ts); these are the others' kinds.
  const screens = [
    ["overview-rates", "zh"],
    ["service-timeline", "zh"],
    ["service-guide-160-days", "zh"],
    ["staff", "zh"],
    ["service-timeline", "en"],
  ] as const;
  for (const colorScheme of ["light", "dark"] as const) {
    it(`passes axe in the ${colorScheme} theme on a figures slide, a chart slide, a story step and the staff screen`, async () => {
      const { page, context } = await watchedPage(browser, [origin], { ...touchScreen, colorScheme });
      await page.goto(`${origin}/kiosk/?attract=600`);
      const violations: string[] = [];
      for (const [screen, lang] of colorScheme === "light" ? screens : screens.slice(0, 3)) {
        await showScreen(page, screen);
        await setLanguage(page, lang);
        // A theme changes colours only: the dark pass reruns the rule that depends on them.
        const rules = colorScheme === "dark" ? ["color-contrast"] : undefined;
        violations.push(
          ...(await axeViolations(page, `${screen} ${lang}`, { include: "[data-screen]:not([hidden])", rules })),
        );
      }
      expect(violations).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
