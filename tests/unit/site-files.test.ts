import { describe, expect, it } from "vitest";
import { markdownToHtml } from "satteri";
import { headingIds } from "../../src/markdown/heading-ids.ts";
import { sitemapXml } from "../../src/integrations/sitemap.ts";
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

describe("sitemap.xml", () => {
  const xml = sitemapXml(["/", "/en/", "/methods/", "/en/methods/", "/kiosk/", "/embed/growth/", "/404/", "/zh-only/"], new URL("https://example.org"));

  it("lists pages with absolute URLs and pairs language twins", () => {
    expect(xml).toContain("<loc>https://example.org/methods/</loc>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/methods/"/>');
  });

  it("leaves out the kiosk, embeds and error pages", () => {
    expect(xml).not.toMatch(/kiosk|embed|404/);
  });

  it("gives no alternates to a page without a twin", () => {
    expect(xml).toMatch(/<loc>https:\/\/example\.org\/zh-only\/<\/loc>\n  <\/url>/);
  });
});

describe("reading time", () => {
  it("reads Chinese at about 400 characters a minute and ignores markup", () => {
    expect(readingMinutes("汉".repeat(2000) + "<Fact id=\"x\" />", "zh")).toBe(5);
    expect(readingMinutes("word ".repeat(460), "en")).toBe(2);
  });
});
