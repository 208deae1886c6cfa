// The rules a story chapter (01–05) keeps so that it reads as a documentary rather than a review of its source
// (DESIGN.md, "Chapters"; docs/style.md). Each check returns messages that start with "file:line:".
import type { ChapterFile } from "../../src/chapters/chapter-files.ts";
import { blank, lineAt, readerText } from "../../src/chapters/figure-text.ts";

export const maxSourceMentions = 5;
export const maxAsides = 3;
export const lengths = {
  zh: { min: 2000, max: 3500, unit: "Chinese characters" },
  en: { min: 1200, max: 1800, unit: "words" },
};
const asideTitle = { zh: "核实", en: "Fact check" };

/** Words that name the source article, or its authors, as the subject of a sentence. */
const sourceWords = {
  zh: /原文|文章|报道|特稿|稿件|文中|这篇|作者|记者/g,
  en: new RegExp(
    "\\b(?:the|this|its|that)(?: same| original| whole)? " +
      "(?:article|feature|report|piece|text|reporters?|authors?|writers?)\\b|\\bthe source\\b",
    "gi",
  ),
};

const asideBlocks = /<aside\b[^>]*>[\s\S]*?<\/aside>/g;

/** The reader's text with asides, chart places, tables and the frontmatter's hidden fields blanked. */
export function runningText(chapter: ChapterFile): string {
  const text = readerText(chapter.source);
  const cut = [...chapter.source.matchAll(asideBlocks), ...chapter.source.matchAll(/^(?:<Chart [^\n]*|\|[^\n]*)$/gm)];
  return cut.reduce(
    (result, match) => result.slice(0, match.index) + blank(match[0]) + result.slice(match.index + match[0].length),
    text,
  );
}

/** The body after the frontmatter, with every offset kept. */
function body(chapter: ChapterFile): string {
  const front = /^---\n[\s\S]*?\n---/.exec(chapter.source);
  return front ? blank(front[0]) + chapter.source.slice(front[0].length) : chapter.source;
}

export function sourceMentions(chapter: ChapterFile): Array<{ line: number; text: string }> {
  const text = runningText(chapter);
  return [...text.matchAll(sourceWords[chapter.lang])].map((match) => ({
    line: lineAt(text, match.index),
    text: match[0],
  }));
}

export function sourceMentionProblems(chapter: ChapterFile): string[] {
  const found = sourceMentions(chapter);
  if (found.length <= maxSourceMentions) return [];
  const where = found.map(({ line, text }) => `${line} "${text}"`).join(", ");
  const limit = `(at most ${maxSourceMentions})`;
  return [`${chapter.path}: names its source ${found.length} times in running text ${limit}: lines ${where}`];
}

/**
 * At most three asides, each a fact check named by its own heading, so that a screen reader can tell them apart:
 * `<aside aria-labelledby="check-x">` opening with `### 核实：… [#check-x]` or `### Fact check: … [#check-x]`.
 */
export function asideProblems(chapter: ChapterFile): string[] {
  const asides = [...chapter.source.matchAll(asideBlocks)];
  const problems = asides.length > maxAsides ? [`${chapter.path}: ${asides.length} asides (at most ${maxAsides})`] : [];
  const opened = (chapter.source.match(/<aside\b/g) ?? []).length;
  if (opened !== asides.length) problems.push(`${chapter.path}: an <aside> is not closed by </aside>`);
  const title = asideTitle[chapter.lang];
  for (const aside of asides) {
    const [open, heading = ""] = aside[0].split("\n").filter((line) => line.trim());
    const named = /^<aside aria-labelledby="([a-z0-9-]+)">$/.exec(open!)?.[1];
    const anchor = new RegExp(`^### ${title}${chapter.lang === "zh" ? "：" : ": "}\\S.* \\[#([a-z0-9-]+)\\]$`).exec(
      heading,
    )?.[1];
    if (!named || anchor !== named) {
      const where = `${chapter.path}:${lineAt(chapter.source, aside.index)}`;
      problems.push(`${where}: write <aside aria-labelledby="check-x"> and open it with "### ${title}… [#check-x]"`);
    }
  }
  return problems;
}

/** Chinese characters, or English words (a <Fact> counts as one), of the body as a reader sees it. */
export function chapterLength(chapter: ChapterFile): number {
  const text = body(chapter);
  if (chapter.lang === "zh") return (readerText(text).match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = text
    .replace(/<Fact\b[^>]*\/>/g, " figure ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\[#[a-z0-9-]+\]|\]\([^)]*\)/g, " ");
  return words.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function lengthProblems(chapter: ChapterFile): string[] {
  const { min, max, unit } = lengths[chapter.lang];
  const length = chapterLength(chapter);
  return length < min || length > max ? [`${chapter.path}: ${length} ${unit}, expected ${min}–${max}`] : [];
}

/** Endings that announce the next chapter by formula, and section headings about the source, not the story (a fact
 *  check's own heading may name the source: that is what it is about). */
export function formulaProblems(chapter: ChapterFile): string[] {
  const text = readerText(body(chapter));
  const formula = chapter.lang === "zh" ? /下一章/g : /\bNext\s*:/g;
  const found = [...text.matchAll(formula)].map(
    (m) => `${chapter.path}:${lineAt(text, m.index)}: "${m[0]}" ending formula`,
  );
  for (const match of chapter.source.matchAll(/^## (.*)$/gm)) {
    const named = match[1]!.match(sourceWords[chapter.lang]);
    if (named)
      found.push(`${chapter.path}:${lineAt(chapter.source, match.index)}: heading about the source ("${named[0]}")`);
  }
  return found;
}

/** An English chapter gives a firm's Chinese name, in a zh-Hans span, where it first names the firm: "Guide" must
 *  not read as the English word, and a reader should be able to find the firm in Chinese sources. */
export function firmNameProblems(chapter: ChapterFile, firms: ReadonlyArray<{ zh: string; en: string }>): string[] {
  if (chapter.lang !== "en") return [];
  return firms.flatMap(({ zh, en }) => {
    const at = chapter.source.indexOf(en);
    if (at < 0) return [];
    const near = chapter.source.slice(Math.max(0, at - 80), at + en.length + 160);
    return near.includes(`<span lang="zh-Hans">${zh}`) || near.includes(`${zh}</span>`)
      ? []
      : [`${chapter.path}:${lineAt(chapter.source, at)}: first mention of ${en} without its characters, ${zh}`];
  });
}
