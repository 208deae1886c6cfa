// Step stories for every reader in Chromium: keyboard users step with a visible "上一步 / 下一步" control and reach
// each step in focus order; screen readers meet each step's text and then its chart's name and description, each
// chart once; touch scrolling passes straight through; motion is transforms and opacity, and none under reduced
// motion; without JavaScript, in print, and before the script runs, every step shows its own state.
import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser, watchedPage } from "../support/browser.ts";
import { boxOf, place, settle, stepState } from "../support/step-page.ts";
import { stories } from "../../src/stories/registry.ts";

const origin = inject("origin");
const guide = stories.find((story) => story.id === "guide-days")!.steps;
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" };

const browser = sharedBrowser();

/** Each step's chart in layout order: its top, bottom and opacity, and where its own text ends. */
function linearLayout(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-step]")].map((step) => {
      const chart = step.querySelector("svg")!.getBoundingClientRect();
      return {
        id: step.id,
        textBottom: step.querySelector(".step-text")!.getBoundingClientRect().bottom,
        top: chart.top,
        bottom: chart.bottom,
        opacity: getComputedStyle(step.querySelector(".step-chart")!).opacity,
      };
    }),
  );
}

function expectLinear(layout: Awaited<ReturnType<typeof linearLayout>>) {
  layout.forEach((step, i) => {
    expect(step.opacity, step.id).toBe("1");
    expect(step.top, step.id).toBeGreaterThanOrEqual(step.textBottom - 1);
    if (i > 0) expect(step.top, step.id).toBeGreaterThan(layout[i - 1]!.bottom);
  });
}

describe("keyboard", () => {
  it("steps with a visible 上一步 / 下一步 control, and reaches each step's link in order with its state", async () => {
    const { page, context } = await watchedPage(browser, [origin], desktop);
    await page.goto(`${origin}/service/#signing-to-production`);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).textContent?.trim());
    for (let i = 0; i < 40 && (await focused()) !== "下一步"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("下一步");
    const next = await boxOf(page, "[data-scrolly] [data-go='1']");
    expect(next.inView).toBe(true);
    const onTop = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === document.activeElement;
    });
    expect(onTop).toBe(true);
    for (const [i, step] of guide.slice(1).entries()) {
      await page.keyboard.press("Enter");
      await page.waitForFunction((id) => location.hash === `#${id}`, step);
      expect((await stepState(page)).shown, step).toEqual([step]);
      expect(await page.textContent("[data-announce]")).toBe(`第${i + 2}步，共${guide.length}步`);
    }
    expect(await page.getAttribute("[data-go='1']", "aria-disabled")).toBe("true");
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("上一步");
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => location.hash === `#${id}`, guide[4]!);
    await page.keyboard.press("Tab");
    for (const step of guide) {
      await page.keyboard.press("Tab");
      const link = await page.evaluate(() => document.activeElement!.closest("[data-step]")?.id);
      if (link !== step) await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement!.closest("[data-step]")?.id)).toBe(step);
      expect((await stepState(page)).active).toBe(step);
    }
    await context.close();
  });
});

describe("screen readers", () => {
  it("meet each step's text, then its chart's name and description, and each chart once", async () => {
    const { page, context } = await watchedPage(browser, [origin], desktop);
    await page.goto(`${origin}/service/#${guide[2]}`);
    await settle(page);
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: Array<{
        nodeId: string;
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        description?: { value: string };
        childIds?: string[];
      }>;
    };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const order: Array<{ role: string; name: string; description: string }> = [];
    const walk = (id: string) => {
      const node = byId.get(id)!;
      if (!node.ignored)
        order.push({
          role: node.role?.value ?? "",
          name: node.name?.value ?? "",
          description: node.description?.value ?? "",
        });
      for (const child of node.childIds ?? []) walk(child);
    };
    walk(nodes[0]!.nodeId);
    // The chart's name is its title and its description (aria-labelledby names both), read once, after the text.
    const titles = guide.map((_, i) => `贵德项目：从签约到投产（第${i + 1}步，共${guide.length}步）`);
    const descriptions = await page.$$eval("[data-scrolly='guide-days'] desc", (all) => all.map((d) => d.textContent));
    const images = order.filter((node) => node.role === "image" && node.name.startsWith("贵德项目"));
    expect(images.map((image) => image.name)).toEqual(titles.map((title, i) => `${title} ${descriptions[i]}`));
    const texts = await page.$$eval("[data-scrolly='guide-days'] .step-text p:first-child", (all) =>
      all.map((p) => p.textContent!.slice(0, 8)),
    );
    const at = (match: (node: (typeof order)[number]) => boolean) => order.findIndex(match);
    guide.forEach((_, i) => {
      const text = at((node) => node.role === "StaticText" && node.name.startsWith(texts[i]!));
      const image = at((node) => node === images[i]);
      expect(text, guide[i]).toBeGreaterThan(i === 0 ? 0 : at((node) => node === images[i - 1]));
      expect(image, guide[i]).toBeGreaterThan(text);
    });
    expect(order.filter((node) => node.role === "region" && node.name === "贵德项目：从签约到投产")).toHaveLength(1);
    await context.close();
  });
});

describe("touch", () => {
  it("is never captured: a swipe over the pinned chart scrolls the page by its length", async () => {
    const { page, context } = await watchedPage(browser, [origin], {
      ...desktop,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${origin}/service/#${guide[1]}`);
    const cdp = await context.newCDPSession(page);
    // The page's own listeners, read before the test tools add theirs (waiting for a state injects a script).
    const listeners = [];
    for (const expression of ["window", "document", "document.querySelector('[data-scrolly]')"]) {
      const { result: target } = await cdp.send("Runtime.evaluate", { expression });
      const { listeners: found } = await cdp.send("DOMDebugger.getEventListeners", {
        objectId: target.objectId!,
        depth: 0,
      });
      listeners.push(
        ...found
          .filter((l) => /^(touch|wheel|mousewheel|pointermove)/.test(l.type) && !l.passive)
          .map((l) => `${expression}: ${l.type}`),
      );
    }
    expect(listeners).toEqual([]);
    await settle(page);
    const before = await page.evaluate(() => scrollY);
    const chart = await boxOf(page, `#${guide[1]} svg`);
    // A finger put down on the pinned chart and drawn 300 px down the screen, as a reader scrolls back up.
    const at = (y: number) => ({ touchPoints: [{ x: 195, y: Math.round(y) }] });
    const start = (chart.top + chart.bottom) / 2;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", ...at(start) });
    for (let i = 1; i <= 10; i++)
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", ...at(start + i * 30) });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await settle(page);
    expect(before - (await page.evaluate(() => scrollY))).toBeGreaterThan(250);
    const touchAction = await page.$$eval("[data-scrolly], [data-scrolly] *", (all) => [
      ...new Set(all.map((el) => getComputedStyle(el).touchAction)),
    ]);
    expect(touchAction).toEqual(["auto"]);
    await context.close();
  });
});

describe("motion", () => {
  /** Steps once with the control, sampling every frame: how many animations run, which properties they animate,
   *  and whether any element gains a style attribute. */
  async function stepOnce(options: BrowserContextOptions) {
    const { page, context } = await watchedPage(browser, [origin], { ...desktop, ...options });
    await page.goto(`${origin}/service/#${guide[4]}`);
    await settle(page);
    const sampled = await page.evaluate(
      () =>
        new Promise<{ most: number; properties: string[]; styled: number }>((done) => {
          const seen = { most: 0, properties: new Set<string>(), styled: 0 };
          const started = performance.now();
          const sample = () => {
            // The script's own animations (the stylesheet's transitions are not the story's motion).
            const running = document
              .getAnimations()
              .filter(
                (a) => !(a instanceof CSSTransition) && (a.effect as KeyframeEffect).target?.closest("[data-scrolly]"),
              );
            seen.most = Math.max(seen.most, running.length);
            for (const animation of running) {
              for (const frame of (animation.effect as KeyframeEffect).getKeyframes()) {
                for (const key of Object.keys(frame))
                  if (!["offset", "easing", "composite", "computedOffset"].includes(key)) seen.properties.add(key);
              }
            }
            seen.styled = Math.max(seen.styled, document.querySelectorAll("[data-scrolly] [style]").length);
            if (performance.now() - started < 1500) requestAnimationFrame(sample);
            else done({ most: seen.most, properties: [...seen.properties].sort(), styled: seen.styled });
          };
          (document.querySelector("[data-scrolly] [data-go='1']") as HTMLElement).click();
          requestAnimationFrame(sample);
        }),
    );
    const state = await stepState(page);
    await context.close();
    return { ...sampled, state };
  }

  it("moves marks by transform and fades them by opacity between neighbouring steps, writing no style attribute", async () => {
    const { most, properties, styled, state } = await stepOnce({ reducedMotion: "no-preference" });
    expect(most).toBeGreaterThan(5);
    expect(properties).toEqual(["opacity", "transform"]);
    expect(styled).toBe(0);
    expect(state.active).toBe(guide[5]);
  });

  it("swaps states without motion under prefers-reduced-motion", async () => {
    const { most, state } = await stepOnce({ reducedMotion: "reduce" });
    expect(most).toBe(0);
    expect(state).toEqual({ active: guide[5], shown: [guide[5]], hash: `#${guide[5]}` });
  });
});

describe("without the script", () => {
  it("without JavaScript reads as a column, each step's text followed by its own state, the address landing on it", async () => {
    const { page, context } = await watchedPage(browser, [origin], { ...desktop, javaScriptEnabled: false });
    await page.goto(`${origin}/service/#${guide[4]}`);
    const text = await boxOf(page, `#${guide[4]} .step-text`);
    const chart = await boxOf(page, `#${guide[4]} svg`);
    expect(text.top).toBeGreaterThanOrEqual(-1);
    expect(text.top).toBeLessThan(100);
    expect(chart.top).toBeLessThan(800);
    expect(await page.isVisible("[data-scrolly] .scrolly-controls")).toBe(false);
    expectLinear(await linearLayout(page));
    await context.close();
  });

  it("prints as a column with every state, without the controls", async () => {
    const { page, context } = await watchedPage(browser, [origin], desktop);
    await page.goto(`${origin}/service/#${guide[2]}`);
    await settle(page);
    await page.emulateMedia({ media: "print" });
    // Paper has no transitions: end those the change of medium started (the reduced-motion rule gives them 0.01 ms).
    await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
    expect(await page.isVisible("[data-scrolly] .scrolly-controls")).toBe(false);
    expectLinear(await linearLayout(page));
    await context.close();
  });

  it("shows the first state, or the addressed step's, before its script has run", async () => {
    const { page, context } = await watchedPage(browser, [origin], desktop);
    // The page as it is before the step script runs: the same HTML without that one script.
    await page.route(`${origin}/service/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<script type="module">(?:(?!<\/script>)[\s\S])*?data-scrolly[\s\S]*?<\/script>/,
        "",
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${origin}/service/`);
    expect(await page.evaluate(() => document.querySelector("[data-scrolly][data-live]"))).toBeNull();
    await place(page, guide[0]!);
    expect((await stepState(page)).shown).toEqual([guide[0]]);
    await page.goto(`${origin}/service/#${guide[3]}`);
    expect((await stepState(page)).shown).toEqual([guide[3]]);
    expect((await boxOf(page, `#${guide[3]} svg`)).inView).toBe(true);
    await context.close();
  });
});
