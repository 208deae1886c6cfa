// Helpers for step stories in Chromium: where the page is, what it shows, and a record of every step that became
// active since the page started loading (to prove that opening a step's address replays nothing before it).
import type { Page } from "playwright-core";

export interface StepState {
  /** The step marked active by the script. */
  active: string | undefined;
  /** Steps whose chart is drawn visibly (opacity above zero). */
  shown: string[];
  hash: string;
}

/** Installed before any page script: records, in order, each step that gains the class is-active. */
export const recordActivations = () => {
  const seen: string[] = [];
  (window as unknown as { activations: string[] }).activations = seen;
  new MutationObserver((records) => {
    for (const record of records) {
      const step = record.target as Element;
      if (step.matches?.("[data-step].is-active") && !record.oldValue?.split(" ").includes("is-active"))
        seen.push(step.id);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["class"], attributeOldValue: true });
};

export const activations = (page: Page) =>
  page.evaluate(() => (window as unknown as { activations: string[] }).activations);

/** Waits until two frames have passed and no animation runs. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

export async function stepState(page: Page, story = "section[data-scrolly]"): Promise<StepState> {
  await settle(page);
  return page.evaluate((selector) => {
    const steps = [...document.querySelector(selector)!.querySelectorAll<HTMLElement>("[data-step]")];
    const opacity = (step: Element) => Number(getComputedStyle(step.querySelector(".step-chart")!).opacity);
    return {
      active: steps.find((step) => step.classList.contains("is-active"))?.id,
      shown: steps.filter((step) => opacity(step) > 0).map((step) => step.id),
      hash: location.hash,
    };
  }, story);
}

/** Scrolls at once so that a step's text starts `at` (a share of the window's height) from the top. */
export async function place(page: Page, id: string, at = 0.25): Promise<void> {
  await page.evaluate(
    ([step, share]) => {
      const text = document.getElementById(step as string)!.querySelector(".step-text")!;
      scrollTo({
        top: scrollY + text.getBoundingClientRect().top - innerHeight * (share as number),
        behavior: "instant",
      });
    },
    [id, at] as const,
  );
}

/** The box of an element in the window, and whether it shows there at all. */
export function boxOf(page: Page, selector: string) {
  return page.evaluate((css) => {
    const box = document.querySelector(css)!.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      inView: box.bottom > 0 && box.top < innerHeight,
    };
  }, selector);
}
