// Driving the kiosk page in Chromium the way the tests need it: open a screen, switch language, find what is
// cut off on the screen shown. The cut-off check runs inside the page, over every element and text run.
import type { Page } from "playwright-core";

export const visibleScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-screen]")].filter((s) => !s.hidden).map((s) => s.dataset.screen),
  );

export const screenIdsOf = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>("[data-screen]")].map((s) => s.dataset.screen!));

/** Shows a screen as a tap on a control leading there would (the shell's own method), without a reload. */
export async function showScreen(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (screen) => (document.querySelector("kiosk-shell") as HTMLElement & { show(id: string): void }).show(screen),
    id,
  );
}

export async function setLanguage(page: Page, lang: "zh" | "en"): Promise<void> {
  await page.evaluate((wanted) => {
    const shell = document.querySelector<HTMLElement>("kiosk-shell")!;
    if (shell.dataset.lang !== wanted)
      shell.querySelector<HTMLButtonElement>('[data-screen]:not([hidden]) [data-action="lang"]')!.click();
  }, lang);
}

/** Everything on the shown screen (and any layer over it) that lies past the window's edge, is cut by a box that
 *  clips its overflow, or would need scrolling; each as "what: how". */
export function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = innerWidth;
    const height = innerHeight;
    const name = (node: Element) => {
      const cls =
        typeof node.className === "string" && node.className ? `.${node.className.trim().split(/\s+/).join(".")}` : "";
      const text = (node.textContent ?? "").trim().slice(0, 24);
      return `${node.localName}${cls}${text ? ` "${text}"` : ""}`;
    };
    const clipCache = new Map<Element, Element[]>();
    const clipsOf = (element: Element | null): Element[] => {
      if (!element || element === document.documentElement) return [];
      const known = clipCache.get(element);
      if (known) return known;
      const style = getComputedStyle(element);
      const own = style.overflowX !== "visible" || style.overflowY !== "visible" ? [element] : [];
      const found = [...own, ...clipsOf(element.parentElement)];
      clipCache.set(element, found);
      return found;
    };
    const check = (rect: DOMRect, owner: Element, what: string) => {
      if (rect.width < 0.5 && rect.height < 0.5) return;
      const out = (box: { left: number; top: number; right: number; bottom: number }) =>
        rect.left < box.left - 1 ||
        rect.top < box.top - 1 ||
        rect.right > box.right + 1 ||
        rect.bottom > box.bottom + 1;
      if (out({ left: 0, top: 0, right: width, bottom: height })) {
        problems.push(
          `${what}: past the window (${Math.round(rect.left)},${Math.round(rect.top)})–(${Math.round(rect.right)},${Math.round(rect.bottom)})`,
        );
        return;
      }
      const clip = clipsOf(owner.parentElement).find((a) => out(a.getBoundingClientRect()));
      if (clip) problems.push(`${what}: cut by ${name(clip).slice(0, 60)}`);
    };
    const visit = (element: Element) => {
      if (element.matches(".visually-hidden, [hidden], title, desc") || !element.checkVisibility()) return;
      check(element.getBoundingClientRect(), element, name(element));
      if (element.localName === "svg") {
        // A chart is scaled into its box as a whole: its texts are what could still stick out.
        for (const text of element.querySelectorAll("text"))
          check(text.getBoundingClientRect(), text, `svg text "${text.textContent}"`);
        return;
      }
      const own = clipsOf(element)[0] === element;
      if (own && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) {
        problems.push(
          `${name(element)}: content needs scrolling (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`,
        );
      }
      for (const node of element.childNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) visit(node as Element);
        else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const box of range.getClientRects())
            check(box, element, `text "${node.textContent.trim().slice(0, 24)}" in ${element.localName}`);
        }
      }
    };
    for (const root of document.querySelectorAll("[data-screen]:not([hidden]), [data-overlay]:not([hidden])"))
      visit(root);
    return [...new Set(problems)];
  });
}

/** The text a visitor sees on the shown screen, chart labels included. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const screen = document.querySelector("[data-screen]:not([hidden])")!;
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest("title, desc, .visually-hidden, [hidden]") && parent.checkVisibility())
        parts.push(node.textContent ?? "");
    }
    return parts.join(" ");
  });
}

/** Taps the control on the shown screen whose visible text contains `label`, as a finger would. */
export async function tapControl(page: Page, label: string): Promise<void> {
  await page.locator("[data-screen]:not([hidden]) button:visible", { hasText: label }).first().tap();
}
