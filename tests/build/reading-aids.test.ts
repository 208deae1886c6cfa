// What a reader finds on the built pages before touching anything: every chart placed in a chapter links to its
// own page, where the downloads and embed code are; a page with charts says once (not once per chart) how to
// explore them, and each chart names that line as its description; the home page opens with a summary whose
// figures are the article's; the header lists the chapters on every page.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPages, readPage } from "../support/built-pages.ts";
import { elementsOf, named, textOf } from "../support/html-elements.ts";
import { chartPlaces } from "../../src/chapters/chapter-checks.ts";
import { chapterFiles, chapterPath, isPublished } from "../../src/chapters/chapter-files.ts";

const dist = inject("distDir");
const pages = builtPages(dist).map((page) => ({ ...page, html: readPage(dist, page) }));
const page = (path: string) => pages.find((p) => p.path === path)!;
const chapters = chapterFiles().filter(isPublished);
/** The HTML of each chart figure on a page, by chart id. */
const figures = (html: string) =>
  [...html.matchAll(/<figure class="chart" id="chart-([a-z0-9-]+)"[\s\S]*?<\/figure>/g)].map((m) => ({
    id: m[1]!,
    html: m[0],
  }));

describe("reading aids in the built pages", () => {
  it.each(chapters.map((chapter) => [chapterPath(chapter), chapter] as const))(
    "%s links each of its charts to the chart's page",
    (path, chapter) => {
      const prefix = chapter.lang === "en" ? "/en" : "";
      const placed = figures(page(path).html);
      expect(placed.map((f) => f.id)).toEqual(chartPlaces(chapter).map((place) => place.id));
      for (const figure of placed) {
        const link = named(elementsOf(figure.html), "a").map((a) => a.attributes.get("href"));
        expect(link, figure.id).toContain(`${prefix}/charts/${figure.id}/`);
        expect(existsSync(join(dist, prefix, "charts", figure.id, "index.html")), figure.id).toBe(true);
        expect(textOf(figure.html)).toContain(chapter.lang === "zh" ? "下载与嵌入" : "Download and embed");
      }
    },
  );

  it("does not link a chart's own page to itself", () => {
    for (const path of ["/charts/growth-2015-2020/", "/en/charts/audit/"]) {
      expect(figures(page(path).html)[0]!.html).not.toContain("Download and embed");
      expect(figures(page(path).html)[0]!.html).not.toContain("下载与嵌入");
    }
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    "%s says how to explore charts once if it has any, and every chart names it",
    (_, built) => {
      const elements = elementsOf(built.html);
      const explorers = named(elements, "chart-explorer");
      const hints = elements.filter((e) => e.attributes.has("data-chart-hint"));
      const onPage = figures(built.html).length > 0;
      expect(hints.length).toBe(onPage ? 1 : 0);
      if (onPage) {
        expect(hints[0]!.attributes.get("id")).toBe("chart-hint");
        expect(explorers.map((e) => e.attributes.get("aria-describedby"))).toEqual(explorers.map(() => "chart-hint"));
      }
    },
  );

  it("opens the home pages with a summary whose figures are the article's, ours marked as computed", () => {
    const summary = (path: string) =>
      textOf(/<section class="summary"[\s\S]*?<\/section>/.exec(page(path).html)![0]).replace(/\s+/g, " ");
    const zh = summary("/");
    for (const figure of [
      "108个",
      "171.95亿元",
      "80.68亿元",
      "197.2亿元",
      "23.8%",
      "19.6%",
      "150天",
      "160天",
      "将近两年",
      "120万平方米",
    ]) {
      expect(zh).toContain(figure);
    }
    expect(zh.replace(/\s/g, "").length).toBeGreaterThanOrEqual(250);
    expect(zh.replace(/\s/g, "").length).toBeLessThanOrEqual(350);
    const en = summary("/en/");
    for (const figure of [
      "108 projects",
      "17.2 billion yuan",
      "8.068 billion yuan",
      "19.72 billion yuan",
      "23.8%",
      "19.6%",
      "150 days",
      "160 days",
      "nearly two years",
      "1.2 million m²",
    ]) {
      // Set apart by a space before and a space or punctuation after: the build must not glue words to it.
      expect(en).toMatch(new RegExp(` ${figure.replace(/[.%]/g, "\\$&")}[ .,;)]`));
    }
    expect(en.split(" ").length).toBeGreaterThanOrEqual(120);
    expect(en.split(" ").length).toBeLessThanOrEqual(180);
    expect(en, "a word glued to a figure").not.toMatch(/[a-z]\d|\d[a-z]{2}|(yuan|days|years|m²)[a-z]/);
  });

  // Embeds (the chart alone, for iframes) and the kiosk (no way out to the web) have no site header.
  const framed = pages.filter((p) => p.path !== "/kiosk/" && !/\/embed\//.test(p.path));
  it.each(framed.map((p) => [p.path, p] as const))("%s lists every published chapter in its header", (_, built) => {
    const header = /<header class="site-header"[\s\S]*?<\/header>/.exec(built.html)![0];
    const hrefs = named(elementsOf(header), "a").map((a) => a.attributes.get("href"));
    for (const chapter of chapters.filter((c) => c.lang === built.lang)) expect(hrefs).toContain(chapterPath(chapter));
    expect(header).toMatch(/<details class="chapter-menu"[^>]*>\s*<summary[^>]*>(章节|Chapters)<\/summary>/);
  });
});
