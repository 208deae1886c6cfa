// The sitemap as search engines read it: the index robots.txt names, the part it points at, every page a reader
// can land on listed once at the public origin with its language twin, and nothing that is not such a page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { builtPages } from "../support/built-pages.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["url", "sitemap", "xhtml:link"].includes(name),
});
const read = (url: string) => parser.parse(readFileSync(join(dist, new URL(url).pathname), "utf8"));

const robots = readFileSync(join(dist, "robots.txt"), "utf8");
const indexUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? "";
const parts: string[] = indexUrl ? read(indexUrl).sitemapindex.sitemap.map((s: { loc: string }) => s.loc) : [];
const entries: { loc: string; "xhtml:link"?: { hreflang: string; href: string }[] }[] = parts.flatMap(
  (part) => read(part).urlset.url,
);
const listed = entries.map((entry) => entry.loc.replace(origin, ""));
const pages = builtPages(dist).map((page) => page.path);

describe("the sitemap", () => {
  it("is named by robots.txt at the public origin and lists pages there", () => {
    expect(indexUrl).toBe(`${origin}/sitemap-index.xml`);
    expect(parts.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.loc.startsWith(`${origin}/`), entry.loc).toBe(true);
  });

  it("lists every built page once, except the kiosk, embeds and error pages", () => {
    const expected = pages.filter((path) => !/^\/(?:en\/)?(?:kiosk|embed|404)\b/.test(path));
    expect(expected.length).toBeGreaterThan(40);
    expect([...listed].sort()).toEqual(expected.sort());
    expect(listed.some((path) => /kiosk|embed|404/.test(path))).toBe(false);
  });

  it("names each page's Chinese and English twins as alternates", () => {
    for (const entry of entries) {
      const path = entry.loc.replace(origin, "");
      const zh = path.replace(/^\/en\//, "/");
      const links = Object.fromEntries((entry["xhtml:link"] ?? []).map((link) => [link.hreflang, link.href]));
      expect(links, path).toEqual({ "zh-Hans": `${origin}${zh}`, en: `${origin}/en${zh}` });
    }
  });
});
