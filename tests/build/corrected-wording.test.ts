// The built site carries none of the slips corrected against the article: every page's text except the chapters'
// own words (their prose, titles and summaries, checked with the chapters), the charts, audit table and article
// facts placed in chapters included, the kiosk, and every chart download in both languages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, inject, it } from "vitest";
import { builtPages, readPage } from "../support/built-pages.ts";
import { slipsIn } from "../support/corrected-wording.ts";

type Node = DefaultTreeAdapterMap["node"];
const dist = inject("distDir");

const classes = (node: Node) =>
  "attrs" in node ? (node.attrs.find((a) => a.name === "class")?.value ?? "").split(/\s+/) : [];
/** Written by the chapters, not by the site: a chapter's article and the home page's list of chapters. */
const chapterWords = (node: Node) =>
  "tagName" in node &&
  ((node.tagName === "article" && classes(node).includes("chapter")) ||
    (node.tagName === "ol" && classes(node).includes("chapters")));
const describing = new Set(["aria-label", "title", "alt", "content", "data-title"]);
/** Written by the site inside a chapter: its charts, the audit table and the facts about the article. */
const siteWritten = (node: Node) =>
  "tagName" in node &&
  ((node.tagName === "figure" && classes(node).includes("chart")) ||
    (node.tagName === "table" && classes(node).includes("audit")) ||
    (node.tagName === "dl" && classes(node).includes("article-facts")));

/** The text of a page that the site itself writes: text nodes and describing attributes, chapter words left out
 *  but charts inside chapters kept; a chapter page's head (its title and summary) is the chapter's too. */
function siteText(html: string): string {
  const texts: string[] = [];
  const visit = (node: Node, skipping: boolean) => {
    const skip = (skipping || chapterWords(node)) && !siteWritten(node);
    if ("tagName" in node && (node.tagName === "script" || node.tagName === "style")) return;
    if (!skip && node.nodeName === "#text" && "value" in node) texts.push(node.value);
    if (!skip && "attrs" in node) texts.push(...node.attrs.filter((a) => describing.has(a.name)).map((a) => a.value));
    if ("tagName" in node && node.tagName === "template")
      visit((node as DefaultTreeAdapterMap["template"]).content, skip);
    if ("childNodes" in node) for (const child of node.childNodes) visit(child, skip);
  };
  const document = parse(html);
  const isChapter = /<article class="[^"]*\bchapter\b/.test(html);
  for (const top of document.childNodes) {
    if ("tagName" in top && top.tagName === "html") {
      for (const part of top.childNodes) visit(part, isChapter && "tagName" in part && part.tagName === "head");
    }
  }
  return texts.join("\n");
}

const downloads = ["", "en/"].flatMap((prefix) =>
  readdirSync(join(dist, prefix, "charts"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(svg|csv|json)$/.test(file))
    .map((file) => join(prefix, "charts", file)),
);

describe("the built site carries none of the corrected slips", () => {
  it.each(builtPages(dist).map((page) => [page.path, page] as const))("%s", (_, page) => {
    expect(slipsIn(siteText(readPage(dist, page)))).toEqual([]);
  });

  it("in any chart download (SVG, CSV, JSON) or oEmbed file", () => {
    expect(downloads.length).toBeGreaterThan(50);
    const found = downloads.flatMap((file) =>
      slipsIn(readFileSync(join(dist, file), "utf8")).map((slip) => `${file}: ${slip}`),
    );
    expect(found).toEqual([]);
  });

  it("reads charts inside chapters and leaves only the chapters' own words out", () => {
    const chapter = `<html><head><title>六年</title></head><body><header class="site-header">江华</header>
      <article class="wrap chapter"><p>六年</p>
      <figure class="chart"><figcaption>问题不过夜</figcaption></figure></article></body></html>`;
    expect(slipsIn(siteText(chapter))).toEqual([expect.stringContaining("问题不过夜")]);
    expect(slipsIn(siteText(`<html><head><title>六年</title></head><body></body></html>`))).toHaveLength(1);
  });
});
