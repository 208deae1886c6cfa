// Framing rules as a browser meets them: ordinary pages refuse to be framed (clickjacking), chart embeds let any
// site frame them. The static server applies the built _headers; this checks the headers it really sends for
// the built pages, and that Chromium obeys them when a page on the other local origin frames the site.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchedPage } from "../support/browser.ts";
import { builtPages } from "../support/built-pages.ts";

const origin = inject("origin");
const altOrigin = inject("altOrigin");
const isEmbed = (path: string) => /^\/(en\/)?embed\//.test(path);
const pages = builtPages(inject("distDir")).map((page) => page.path);
const ordinary = pages.filter((path) => !isEmbed(path));
// Until embed pages are built, a path under /embed/ still gets the embed headers (with the 404 page as its body).
const embeds =
  pages.filter(isEmbed).length > 0 ? pages.filter(isEmbed) : ["/embed/not-built-yet/", "/en/embed/not-built-yet/"];

async function framingHeaders(path: string) {
  const response = await fetch(`${origin}${path}`);
  return { xfo: response.headers.get("x-frame-options"), csp: response.headers.get("content-security-policy") };
}

describe("headers sent by the server", () => {
  it("forbid framing of every ordinary page", async () => {
    for (const path of ordinary) {
      const { xfo, csp } = await framingHeaders(path);
      expect(xfo, path).toBe("DENY");
      expect(csp, path).toContain("frame-ancestors 'none'");
    }
  });

  it("send neither X-Frame-Options nor frame-ancestors for embeds, in both languages", async () => {
    for (const path of embeds) {
      const { xfo, csp } = await framingHeaders(path);
      expect(xfo, path).toBeNull();
      expect(csp ?? "", path).not.toContain("frame-ancestors");
    }
  });
});

describe("framing from another origin in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows embeds but no ordinary page inside a frame on another site", async () => {
    const { page, context } = await watchedPage(browser, [origin, altOrigin]);
    // The framing document must come from the real server: Chromium treats a response made up by the test
    // (page.route) as a public site and blocks all its frames to loopback, which would prove nothing. The
    // site's own pages would block the frames too, by their CSP (default-src 'self'); robots.txt has no CSP.
    await page.goto(`${altOrigin}/robots.txt`);
    const framed = [...ordinary, ...embeds];
    await page.evaluate(
      (sources) =>
        Promise.all(
          sources.map(
            (source, i) =>
              new Promise((loaded) => {
                const frame = document.createElement("iframe");
                Object.assign(frame, { id: `f${i}`, title: source, src: source, onload: loaded });
                document.body.append(frame);
              }),
          ),
        ),
      framed.map((path) => `${origin}${path}`),
    );
    const shown: string[] = [];
    for (const [i, path] of framed.entries()) {
      const frame = await page
        .locator(`#f${i}`)
        .elementHandle()
        .then((element) => element?.contentFrame());
      const text = frame && frame.url().startsWith(origin) ? await frame.locator("body").innerText() : "";
      if (text.trim().length > 0) shown.push(path);
    }
    expect(shown).toEqual(embeds);
    await context.close();
  });
});
