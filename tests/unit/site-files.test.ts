import { describe, expect, it } from "vitest";
import { markdownToHtml } from "satteri";
import { headingIds } from "../../src/markdown/heading-ids.ts";
import { listedInSitemap } from "../../src/site/sitemap-options.ts";
import { readingMinutes } from "../../src/lib/reading-time.ts";

describe("chapter heading anchors", () => {
  it("become the heading's id and leave its text clean", async () => {
    const { html } = await markdownToHtml("## 一百五十天 [#one-hundred-fifty-days]\n", { mdastPlugins: [headingIds] });
    expect(html).toContain('<h2 id="one-hundred-fifty-days">一百五十天</h2>');
  });

  it("are required: a heading without one stops the build with its line", async () => {
    await expect(async () => markdownToHtml("text\n\n## 没有锚点\n", { mdastPlugins: [headingIds] })).rejects.toThrow(
      /:3: heading needs an ASCII anchor/,
    );
  });
});

describe("what the sitemap lists", () => {
  it("keeps chapters and chart pages in both languages", () => {
    for (const path of ["/", "/en/", "/methods/", "/en/methods/", "/charts/audit/", "/en/charts/audit/"]) {
      expect(listedInSitemap(`https://example.org${path}`), path).toBe(true);
    }
  });

  it("leaves out the kiosk, embeds and error pages", () => {
    for (const path of ["/kiosk/", "/embed/growth/", "/en/embed/growth/", "/404/", "/404.html", "/en/404/"]) {
      expect(listedInSitemap(`https://example.org${path}`), path).toBe(false);
    }
  });
});

describe("reading time", () => {
  it("reads Chinese at about 400 characters a minute and ignores markup", () => {
    expect(readingMinutes("汉".repeat(2000) + '<Fact id="x" />', "zh")).toBe(5);
    expect(readingMinutes("word ".repeat(460), "en")).toBe(2);
  });
});
