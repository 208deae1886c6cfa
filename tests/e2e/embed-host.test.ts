// A chart embedded the way newsrooms embed it: the code from a chart page pasted into a page on another site, in
// the host situations a journalist meets (a bare page, a CMS column, a phone column, a host whose CSP forbids
// inline code, a WordPress-sanitised oEmbed). The site is served at its public origin (https://example.org, the
// test build's), the hosts at made-up origins; Chromium sees real cross-origin frames.
import type { BrowserContext, Frame, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser, watchedPage } from "../support/browser.ts";
import { hostNonce, hostPage, servePage, servePublicOrigin, shownCode } from "../support/public-site.ts";

const origin = inject("origin");
const publicOrigin = inject("publicOrigin");
const dist = inject("distDir");
const host = "https://news.example.net";
const id = "audit";
const plain = shownCode(dist, `/charts/${id}/`, "embed-code");
const withListener = shownCode(dist, `/charts/${id}/`, "embed-code-resizing");

const browser = sharedBrowser();

/** A context with the public site and one host page, at the given viewport; returns the page, opened. */
async function hosted(html: string, viewport: { width: number; height: number }, headers: Record<string, string> = {}) {
  const watched = await watchedPage(browser, [publicOrigin, host], { viewport });
  await servePublicOrigin(watched.context, publicOrigin, origin);
  await servePage(watched.context, `${host}/story.html`, html, headers);
  await watched.page.goto(`${host}/story.html`);
  return watched;
}

async function embedFrame(page: Page, index = 0): Promise<Frame> {
  const element = await page.locator("iframe").nth(index).elementHandle();
  const frame = await element!.contentFrame();
  await expect.poll(() => frame!.evaluate(() => document.readyState).catch(() => "")).toBe("complete");
  return frame!;
}

/** What the reader of the host page sees of the embed: cut-offs, inner scrolling, the chart's drawn text sizes. */
function seen(frame: Frame) {
  return frame.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>(".chart-svg")].find(
      (s) => s.getBoundingClientRect().width > 0,
    )!;
    const box = svg.getBoundingClientRect();
    const scale = svg.getScreenCTM()!.a;
    const sizes = [...svg.querySelectorAll("text")].map((t) => Number(t.getAttribute("font-size")) * scale);
    const foot = document.querySelector(".embed-foot")!.getBoundingClientRect();
    const root = document.documentElement;
    return {
      scrolls: root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1,
      chartInside: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 1 && box.right <= innerWidth + 1,
      footInside: foot.bottom <= innerHeight + 1,
      smallest: Math.min(...sizes),
      largest: Math.max(...sizes),
      width: innerWidth,
    };
  });
}

async function expectWhole(frame: Frame) {
  const view = await seen(frame);
  expect(view.scrolls, "scrolls inside the frame").toBe(false);
  expect(view.chartInside, "chart inside the frame").toBe(true);
  expect(view.footInside, "source line inside the frame").toBe(true);
  return view;
}

describe("an embed on another site", () => {
  it("on a bare page: takes the height the embed reports, from its own frame and the site's origin only", async () => {
    const { page, context, consoleErrors, foreignRequests } = await hosted(
      hostPage([{ html: withListener, width: 1200 }]),
      { width: 1280, height: 900 },
    );
    const frame = await embedFrame(page);
    const messages = () =>
      page.evaluate(
        () =>
          (window as unknown as { received: Array<{ origin: string; data: { type?: string; height?: number } }> })
            .received,
      );
    await expect
      .poll(async () => (await messages()).filter((m) => m.data?.type === "jianghua-embed-height").length, {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    const reported = (await messages()).filter((m) => m.data?.type === "jianghua-embed-height").at(-1)!;
    expect(reported.origin).toBe(publicOrigin);
    await expect
      .poll(() => page.locator("iframe").evaluate((f) => (f as HTMLIFrameElement).style.height))
      .toBe(`${reported.data.height}px`);
    const view = await expectWhole(frame);
    expect(view.smallest).toBeGreaterThanOrEqual(11);
    expect(view.largest).toBeLessThanOrEqual(18);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it("in a 540 px CMS column on a 1280 px screen, with no script: sized by its column, not the screen", async () => {
    const { page, context } = await hosted(hostPage([{ html: plain, width: 540 }]), { width: 1280, height: 900 });
    const view = await expectWhole(await embedFrame(page));
    expect(view.width).toBe(540);
    expect(view.smallest).toBeGreaterThanOrEqual(11);
    expect(view.largest).toBeLessThanOrEqual(18);
    await context.close();
  });

  it("in a 328 px phone column, with no script", async () => {
    const { page, context } = await hosted(hostPage([{ html: plain, width: 328 }]), { width: 360, height: 740 });
    const view = await expectWhole(await embedFrame(page));
    expect(view.smallest).toBeGreaterThanOrEqual(11);
    expect(view.largest).toBeLessThanOrEqual(18);
    await context.close();
  });

  it("keeps its text between 11 and 18 px at every column width from 280 to 1200 px, with no script", async () => {
    const { page, context } = await hosted(hostPage([{ html: plain, width: 280 }]), { width: 1280, height: 1000 });
    const frame = await embedFrame(page);
    const problems: string[] = [];
    for (let width = 280; width <= 1200; width += 40) {
      await page.evaluate((w) => {
        document.querySelector<HTMLElement>("#column-0")!.style.width = `${w}px`;
      }, width);
      await expect.poll(() => frame.evaluate(() => innerWidth)).toBe(width);
      await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const view = await seen(frame);
      if (view.scrolls || !view.chartInside || !view.footInside) problems.push(`${width}px: cut off or scrolls`);
      if (view.smallest < 11 || view.largest > 18)
        problems.push(`${width}px: text ${view.smallest.toFixed(1)}–${view.largest.toFixed(1)} px`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("on a host whose CSP forbids inline style and script: the iframe's own attributes still show the whole chart", async () => {
    const csp = `default-src 'self'; style-src 'nonce-${hostNonce}'; script-src 'nonce-${hostNonce}'; frame-src ${publicOrigin}`;
    const { page, context } = await hosted(
      hostPage([{ html: withListener, width: 640 }]),
      { width: 1280, height: 1000 },
      { "content-security-policy": csp },
    );
    const frameBox = await page.locator("iframe").boundingBox();
    expect(frameBox!.width).toBe(640);
    expect(frameBox!.height).toBe(Number(/height="(\d+)"/.exec(plain)![1]));
    await expectWhole(await embedFrame(page));
    await context.close();
  });

  it("as a sanitised oEmbed (the bare iframe, sandbox=allow-scripts, origin null): shows the chart and runs its script", async () => {
    const oembed = JSON.parse(readFileSync(join(dist, `/charts/${id}/oembed.json`), "utf8"));
    const iframe = /<iframe [^>]*><\/iframe>/.exec(oembed.html)![0];
    const keep = (name: string) => new RegExp(` ${name}="[^"]*"`).exec(iframe)?.[0] ?? "";
    const sanitised = `<iframe${keep("src")}${keep("width")}${keep("height")}${keep("title")} sandbox="allow-scripts" security="restricted"></iframe>`;
    const { page, context } = await hosted(hostPage([{ html: sanitised, width: 640 }]), { width: 1280, height: 1000 });
    const frame = await embedFrame(page);
    expect(await frame.evaluate(() => origin)).toBe("null");
    await expectWhole(frame);
    await expect.poll(() => frame.evaluate(() => customElements.get("chart-explorer") !== undefined)).toBe(true);
    await context.close();
  });

  it("never navigates the host, even after a click inside it, but opens its own page in a new tab", async () => {
    const { page, context } = await hosted(hostPage([{ html: plain, width: 640 }]), { width: 1280, height: 1000 });
    const frame = await embedFrame(page);
    const box = (await page.locator("iframe").boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const attempt = await frame.evaluate((target) => {
      try {
        (top as Window).location.href = target;
        return "navigated";
      } catch (error) {
        return (error as Error).name;
      }
    }, `${host}/hijacked.html`);
    expect(attempt).toBe("SecurityError");
    expect(page.url()).toBe(`${host}/story.html`);
    const ownPage = frame.locator(`.embed-foot a[href="${publicOrigin}/charts/${id}/"]`);
    const [tab] = await Promise.all([context.waitForEvent("page"), ownPage.click()]);
    await tab.waitForLoadState("domcontentloaded");
    expect(tab.url()).toBe(`${publicOrigin}/charts/${id}/`);
    await context.close();
  });

  it("follows ?theme=dark and ?lang=en given in the iframe's address", async () => {
    const code = withListener.replace(`/embed/${id}/"`, `/embed/${id}/?theme=dark&amp;lang=en"`);
    const { page, context } = await hosted(hostPage([{ html: code, width: 640 }]), { width: 1280, height: 1000 });
    await expect.poll(() => page.frames().map((f) => f.url())).toContain(`${publicOrigin}/en/embed/${id}/?theme=dark`);
    const frame = page.frames().find((f) => f.url().includes("/en/embed/"))!;
    await expect.poll(() => frame.evaluate(() => document.readyState)).toBe("complete");
    const looks = await frame.evaluate(() => ({
      lang: document.documentElement.lang,
      theme: document.documentElement.dataset.theme,
    }));
    expect(looks).toEqual({ lang: "en", theme: "dark" });
    await context.close();
  });
});

describe("the host-side listener", () => {
  /** A page on `at` that keeps telling its parent a height of 999 for this chart. */
  const poster = `<!doctype html><title>p</title><script>setInterval(function(){parent.postMessage({type:"jianghua-embed-height",id:${JSON.stringify(id)},height:999},"*")},50)</script>`;
  const lookAlikes = [
    `${publicOrigin}.evil.test`,
    publicOrigin.slice(0, -1),
    publicOrigin.replace("https:", "http:"),
    `${publicOrigin}:8443`,
    `${publicOrigin.replace("example.org", "example.org0")}`,
  ];

  async function frameHeight(page: Page, index: number) {
    return page
      .locator("iframe")
      .nth(index)
      .evaluate((f) => (f as HTMLIFrameElement).style.height);
  }

  it("refuses messages from look-alike origins, from another frame and from the host page itself", async () => {
    const framedAt = (at: string) =>
      withListener.replace(`src="${publicOrigin}/embed/${id}/"`, `src="${at}/poster.html"`);
    const blocks = [
      { html: `${withListener}<iframe src="${publicOrigin}/poster.html" title="other"></iframe>`, width: 640 },
      ...lookAlikes.map((at) => ({ html: framedAt(at), width: 300 })),
    ];
    const watched = await watchedPage(browser, [publicOrigin, host, ...lookAlikes], {
      viewport: { width: 1280, height: 3000 },
    });
    const context: BrowserContext = watched.context;
    for (const at of lookAlikes) await servePage(context, `${at}/poster.html`, poster);
    await servePublicOrigin(context, publicOrigin, origin);
    await servePage(context, `${publicOrigin}/poster.html`, poster);
    await servePage(context, `${host}/story.html`, hostPage(blocks));
    const page = watched.page;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { heights: string[] }).heights = seen;
      new MutationObserver((records) => {
        for (const record of records)
          if (record.target instanceof HTMLIFrameElement) seen.push(record.target.style.height);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["style"] });
    });
    await page.goto(`${host}/story.html`);
    await page.evaluate((name) => postMessage({ type: "jianghua-embed-height", id: name, height: 999 }, "*"), id);
    // Every poster has been heard by the spy: the listeners had the same chance to take the message.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Set((window as unknown as { received: Array<{ frame: number }> }).received.map((m) => m.frame)).size,
        ),
      )
      .toBeGreaterThanOrEqual(lookAlikes.length + 1);
    for (const [i, at] of lookAlikes.entries()) expect(await frameHeight(page, i + 2), at).toBe("");
    await expect.poll(() => frameHeight(page, 0), { timeout: 10_000 }).toMatch(/^\d+px$/);
    expect(await page.evaluate(() => (window as unknown as { heights: string[] }).heights)).not.toContain("999px");
    await context.close();
  });
});
