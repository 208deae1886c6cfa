// What the built site contains, read from dist and checked against the article's own figures written out here,
// not against the formatter that made the page: a slip of unit, scale or rounding shows as a wrong figure.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPages, readPage } from "../support/built-pages.ts";
import { elementsOf, textOf } from "../support/html-elements.ts";

const dist = inject("distDir");
const page = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

/** The cells of the audit row of one claim on a methods page, as text. */
function auditRow(html: string, claimId: string): string[] {
  const row = new RegExp(`<tr id="audit-${claimId}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
  if (!row) throw new Error(`no audit row for ${claimId}`);
  return [...row.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
    textOf(cell[1]!).replace(/\s+/g, " ").trim(),
  );
}

describe("the built site", () => {
  it("shows the 2020 output as the article prints it: 197.2亿元, and 19.72 billion yuan in English", () => {
    expect(textOf(page("/"))).toContain("197.2亿元");
    expect(textOf(page("/en/"))).toContain("19.72 billion yuan");
    expect(textOf(page("/en/"))).not.toContain("亿");
  });

  // Stated figures are the article's (line 4, 22 and 31); computed ones are ours from its levels and dates.
  it.each([
    ["scale-enterprises-net-increase", ["62家", "62家", "一致"], ["62 enterprises", "62 enterprises", "Agrees"], "4"],
    ["output-annual-rate", ["23.8%", "19.57%", "不一致"], ["23.8%", "19.57%", "Disagrees"], "4"],
    ["value-added-multiple", ["2.7倍", "2.71倍", "一致"], ["2.7 times", "2.71 times", "Agrees"], "4"],
    ["output-annual-rate-floor", ["21%以上", "19.6%", "不一致"], ["over 21%", "19.6%", "Disagrees"], "4"],
    ["guide-signing-to-production", ["150天", "160天", "不一致"], ["150 days", "160 days", "Disagrees"], "22"],
    ["factories-vs-plan", ["翻两番", "30万平方米", "只能倒推"], ["doubled twice", "300,000 m²", "Derived only"], "31"],
    ["tech-trade-income-rate-floor", ["21%以上", "—", "无法核算"], ["over 21%", "—", "Cannot check"], "4"],
  ])("the methods page audits %s: stated, computed, verdict and line in both languages", (id, zh, en, line) => {
    for (const [path, expected] of [
      ["/methods/", zh],
      ["/en/methods/", en],
    ] as const) {
      const cells = auditRow(page(path), id);
      const [stated, computed, verdict] = expected;
      expect(cells.join(" | "), path).toContain(`${stated} | ${computed} |`);
      expect(
        cells.some((cell) => cell.endsWith(verdict!)),
        `${path} ${cells.join(" | ")}`,
      ).toBe(true);
      expect(cells.at(-1), path).toBe(line);
    }
  });

  it("gives each page its language, canonical URL and description", () => {
    const zh = page("/methods/");
    expect(zh).toMatch(/<html lang="zh-Hans"/);
    expect(zh).toContain(`<link rel="canonical" href="${inject("publicOrigin")}/methods/">`);
    expect(zh).toMatch(/<meta name="description" content="[^"]{20,}">/);
    expect(page("/en/methods/")).toMatch(/<html lang="en"/);
  });

  it("ships a sitemap, robots.txt, favicon, manifest and 404 pages", () => {
    for (const file of [
      "sitemap-index.xml",
      "robots.txt",
      "favicon.svg",
      "manifest.webmanifest",
      "404.html",
      "en/404/index.html",
    ]) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain(
      `Sitemap: ${inject("publicOrigin")}/sitemap-index.xml`,
    );
  });

  it("loads nothing from another host: no script, stylesheet, font, preload, image or frame, on any page", () => {
    // What a page makes the browser fetch: these elements' addresses, and url() and @import in its styles.
    // Links a reader follows (a[href], canonical, alternate) are not fetched and are left out.
    const fetched = new Set(["stylesheet", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch"]);
    const outside: string[] = [];
    for (const built of builtPages(dist)) {
      const elements = elementsOf(readPage(dist, built));
      const urls: string[] = [];
      for (const element of elements) {
        const rels = (element.attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
        if (
          element.name === "link" &&
          !rels.some((rel) => fetched.has(rel) || rel.endsWith("icon") || rel === "manifest")
        )
          continue;
        if (
          ["script", "link", "img", "source", "iframe", "image", "use", "video", "audio", "embed", "object"].includes(
            element.name,
          )
        )
          for (const name of ["src", "href", "xlink:href", "srcset", "data", "poster"])
            urls.push(element.attributes.get(name) ?? "");
        for (const [, url] of `${element.body ?? ""} ${element.attributes.get("style") ?? ""}`.matchAll(
          /(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/g,
        ))
          urls.push(url!);
      }
      for (const url of urls.flatMap((value) => value.split(",").map((entry) => entry.trim().split(/\s+/)[0]!)))
        if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith(`${inject("publicOrigin")}/`))
          outside.push(`${built.path}: ${url}`);
    }
    expect(outside).toEqual([]);
  });
});
