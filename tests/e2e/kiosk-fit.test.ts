// Every screen of the kiosk on every display it is made for: at 1920×1080, 1080×1920, 1366×768 and 1280×800, in
// both languages, plainly and in reach and large-text modes, nothing may lie past an edge, be cut by a box that
// clips, or need scrolling. On the full-HD displays chart text is at least 22 px; every control is a target of at
// least 48 px; charts fill the box that src/kiosk/layout.ts promises them.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chartBox, kioskDisplays } from "../../src/kiosk/layout.ts";
import { launchBrowser } from "../support/browser.ts";
import { cutOff, screenIdsOf, setLanguage, showScreen } from "../support/kiosk-page.ts";

const origin = inject("origin");
let browser: Browser;
let page: Page;
let screens: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: kioskDisplays[0]!, hasTouch: true });
  page = await context.newPage();
  await page.goto(`${origin}/kiosk/?attract=3600&idle=3600`);
  screens = await screenIdsOf(page);
});
afterAll(async () => {
  await browser?.close();
});

async function setMode(mode: "reach" | "large", on: boolean): Promise<void> {
  await page.evaluate(
    ([name, wanted]) => {
      const shell = document.querySelector<HTMLElement>("kiosk-shell")!;
      if (shell.hasAttribute(`data-${name}`) !== wanted)
        shell.querySelector<HTMLButtonElement>(`[data-screen]:not([hidden]) [data-action="${name}"]`)!.click();
    },
    [mode, on] as const,
  );
}

describe("every kiosk screen fits every display", () => {
  for (const display of kioskDisplays) {
    for (const mode of ["plain", "reach", "large"] as const) {
      it(`${display.width}×${display.height}, ${mode}, both languages: nothing cut off`, async () => {
        await page.setViewportSize(display);
        await setMode("reach", mode === "reach");
        await setMode("large", mode === "large");
        const problems: string[] = [];
        for (const lang of ["zh", "en"] as const) {
          for (const screen of screens) {
            await showScreen(page, screen);
            await setLanguage(page, lang);
            problems.push(...(await cutOff(page)).map((problem) => `${screen} ${lang}: ${problem}`));
          }
        }
        expect(problems).toEqual([]);
      });
    }
  }
});

describe("kiosk layouts made for the screen", () => {
  const chartScreens = () => screens.filter((id) => id !== "start" && id !== "staff");

  it.each(kioskDisplays.filter((d) => d.width === 1080 || d.height === 1080).map((d) => [`${d.width}×${d.height}`, d]))(
    "%s: chart text at least 22 px, chart boxes as promised, portrait boxes at least half filled",
    async (_, display) => {
      await page.setViewportSize(display);
      await setMode("reach", false);
      await setMode("large", false);
      const box = chartBox(display);
      const problems: string[] = [];
      for (const lang of ["zh", "en"] as const) {
        for (const screen of chartScreens()) {
          await showScreen(page, screen);
          await setLanguage(page, lang);
          const found = await page.evaluate(() => {
            const stage = document.querySelector("[data-screen]:not([hidden]) .slide-stage")!.getBoundingClientRect();
            const svg = [...document.querySelectorAll<SVGSVGElement>("[data-screen]:not([hidden]) svg.chart-svg")].find(
              (s) => s.checkVisibility(),
            );
            if (!svg) return { stage: { width: stage.width, height: stage.height } };
            const texts = [...svg.querySelectorAll("text")].map(
              (t) => Number(t.getAttribute("font-size")) * t.getScreenCTM()!.a,
            );
            const view = svg.viewBox.baseVal;
            const scale = Math.min(stage.width / view.width, stage.height / view.height);
            const filled = (view.width * view.height * scale * scale) / (stage.width * stage.height);
            // How far the drawing reaches across the stage: 1 when it touches two opposite sides.
            const reach = Math.max((view.width * scale) / stage.width, (view.height * scale) / stage.height);
            const story = Boolean(svg.closest("[data-story]"));
            return {
              stage: { width: stage.width, height: stage.height },
              smallest: Math.min(...texts),
              filled,
              reach,
              story,
            };
          });
          const where = `${screen} ${lang}`;
          if (found.stage.width < box.width - 2 || found.stage.height < box.height - 2) {
            problems.push(
              `${where}: stage ${Math.round(found.stage.width)}×${Math.round(found.stage.height)} < promised ${Math.round(box.width)}×${Math.round(box.height)}`,
            );
          }
          if (found.smallest !== undefined && found.smallest < 22)
            problems.push(`${where}: chart text ${found.smallest.toFixed(1)} px`);
          // Portrait boxes are tall: a chart drawn for a wide page would leave most of one empty. A story's states
          // keep the chapter's proportions, so they are held to reaching across the box instead.
          if (found.story && found.reach! < 0.98)
            problems.push(`${where}: story state reaches ${found.reach} of its box`);
          const portrait = display.height > display.width && !found.story;
          if (portrait && found.filled !== undefined && found.filled < 0.5) {
            problems.push(`${where}: chart fills ${(found.filled * 100).toFixed(0)}% of its box`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it("makes every control a target of at least 48 px on every display", async () => {
    const small: string[] = [];
    for (const display of kioskDisplays) {
      await page.setViewportSize(display);
      for (const screen of screens) {
        await showScreen(page, screen);
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("[data-screen]:not([hidden]) button")]
            .filter((b) => b.checkVisibility())
            .map((b) => ({ text: b.innerText.trim(), ...b.getBoundingClientRect().toJSON() })),
        );
        for (const b of boxes)
          if (b.width < 48 || b.height < 48)
            small.push(`${display.width}×${display.height} ${screen}: "${b.text}" ${b.width}×${b.height}`);
      }
    }
    expect(small).toEqual([]);
  });

  it("starts a start-screen figure that opens with a quotation mark flush with its tile's name", async () => {
    await page.setViewportSize(kioskDisplays[0]!);
    await showScreen(page, "start");
    await setLanguage(page, "zh");
    // A full-width opening mark takes a whole em with its ink in the right half; trimmed, it takes half an em.
    const opening = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.tile-figure [lang="zh-Hans"]')]
        .filter((span) => /^[“‘「『《（]/.test(span.textContent ?? ""))
        .map((span) => {
          const range = document.createRange();
          range.setStart(span.firstChild!, 0);
          range.setEnd(span.firstChild!, 1);
          return {
            text: span.textContent,
            em: range.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(span).fontSize),
          };
        }),
    );
    expect(opening.length).toBeGreaterThan(0);
    expect(opening.filter((figure) => figure.em > 0.6)).toEqual([]);
  });
});
