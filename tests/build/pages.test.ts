// What the built site contains, read from dist: figures come from data, the audit is on the methods page,
// and the basics that readers and search engines expect are there in both languages.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { auditDataset, formatStated } from "../../src/data/audit.ts";
import { formatFact } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";

const dist = inject("distDir");
const page = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
const data = loadDataset();

describe("the built site", () => {
  it("shows headline figures on the home page as the data formats them", () => {
    const output = data.facts.get("output-2020")!;
    expect(page("/")).toContain(formatFact(output, "zh"));
    expect(page("/en/")).toContain(formatFact(output, "en"));
  });

  it("lists every audited claim on the methods page in both languages", () => {
    const rows = auditDataset(data);
    for (const lang of ["zh", "en"] as const) {
      const html = page(lang === "zh" ? "/methods/" : "/en/methods/");
      for (const row of rows) {
        expect(html).toContain(`id="audit-${row.claim.id}"`);
        expect(html).toContain(formatStated(row, lang));
      }
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
    for (const file of ["sitemap.xml", "robots.txt", "favicon.svg", "manifest.webmanifest", "404.html", "en/404/index.html"]) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain(`Sitemap: ${inject("publicOrigin")}/sitemap.xml`);
  });

  it("loads no script, style or font from another host", () => {
    for (const path of ["/", "/en/", "/methods/", "/en/methods/"]) {
      expect(page(path)).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!localhost|127\.0\.0\.1)[^"]+\.(?:js|css|woff2?)"/);
    }
  });
});
