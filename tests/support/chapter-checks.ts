// Checks on a chapter's MDX source that need no build (getCollection does not work in vitest): the figures it
// references exist, its heading anchors are unique, its chart places are well formed. Every problem is a message
// that starts with "file:line:" so a failing test points at the place to fix.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/data/load.ts";
import { findBareFigures } from "./bare-figures.ts";
import { chineseSpans, lineAt, readerText, splitByRanges } from "./figure-text.ts";

export const chaptersDir = join("content", "chapters");

export interface ChapterFile {
  /** Path as shown in messages, e.g. content/chapters/zh/01-prologue.mdx. */
  path: string;
  lang: "zh" | "en";
  name: string;
  source: string;
}

export function chapterFiles(dir = chaptersDir): ChapterFile[] {
  return (["zh", "en"] as const).flatMap((lang) =>
    readdirSync(join(dir, lang))
      .filter((name) => name.endsWith(".mdx"))
      .sort()
      .map((name) => ({
        path: join(dir, lang, name),
        lang,
        name,
        source: readFileSync(join(dir, lang, name), "utf8"),
      })),
  );
}

export function isPublished(chapter: ChapterFile): boolean {
  return /^status:\s*published\s*$/m.test(chapter.source);
}

/** Figures typed as text instead of coming from <Fact />. */
export function bareFigureProblems(chapter: ChapterFile): string[] {
  return findBareFigures(chapter.source, chapter.lang).map(
    ({ line, text }) => `${chapter.path}:${line}: bare figure "${text}": take it from data with <Fact id="…" />`,
  );
}

/** Chinese characters and punctuation in an English chapter's prose outside <span lang="zh-Hans">: screen readers
 *  would read them with an English voice, and a reader who gets no explanation beside them is lost. */
export function unmarkedChineseProblems(chapter: ChapterFile): string[] {
  if (chapter.lang !== "en") return [];
  const { outside } = splitByRanges(readerText(chapter.source), chineseSpans(chapter.source));
  return [...outside.matchAll(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g)].map(
    (match) =>
      `${chapter.path}:${lineAt(outside, match.index)}: "${match[0]}" is Chinese outside <span lang="zh-Hans">`,
  );
}

/** <Fact id="…"> that names no fact or claim, or asks for a computed value that cannot be computed. */
export function factReferenceProblems(chapter: ChapterFile, data: Dataset): string[] {
  const problems: string[] = [];
  for (const match of chapter.source.matchAll(/<Fact\b([^>]*?)\/?>/g)) {
    const where = `${chapter.path}:${lineAt(chapter.source, match.index)}`;
    const id = /\bid="([^"]*)"/.exec(match[1]!)?.[1];
    const computed = /\bcomputed\b/.test(match[1]!);
    if (!id) {
      problems.push(`${where}: <Fact> without an id`);
    } else if (data.facts.has(id)) {
      if (computed)
        problems.push(`${where}: <Fact id="${id}" computed>: "${id}" is a fact; only a claim has a computed value`);
    } else if (!data.claims.has(id)) {
      problems.push(`${where}: <Fact id="${id}">: no fact or claim in content/data has this id`);
    } else if (computed && !data.claims.get(id)!.inputs) {
      problems.push(`${where}: <Fact id="${id}" computed>: the claim has no inputs to compute it from`);
    }
  }
  return problems;
}

/** Heading anchors ([#id]) in the order they appear, with their heading level and line. */
export function headingAnchors(chapter: ChapterFile): Array<{ id: string; depth: number; line: number }> {
  return [...chapter.source.matchAll(/^(#{2,6})\s.*\[#([a-z0-9-]+)\]\s*$/gm)].map((match) => ({
    id: match[2]!,
    depth: match[1]!.length,
    line: lineAt(chapter.source, match.index),
  }));
}

export function duplicateAnchorProblems(chapter: ChapterFile): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  for (const { id, line } of headingAnchors(chapter)) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, line);
    else problems.push(`${chapter.path}:${line}: heading anchor "#${id}" is already used on line ${earlier}`);
  }
  return problems;
}

/** The charts a chapter places, each written as `<Chart id="…" />` on its own line. */
export function chartPlaces(chapter: ChapterFile): Array<{ id: string; line: number }> {
  return [...chapter.source.matchAll(/^<Chart id="([a-z0-9]+(?:-[a-z0-9]+)*)" \/>$/gm)].map((match) => ({
    id: match[1]!,
    line: lineAt(chapter.source, match.index),
  }));
}

/** The page a published chapter is built to: /slug/ for Chinese, /en/slug/ for English. */
export function chapterPath(chapter: ChapterFile): string {
  const slug = chapter.name.replace(/^\d\d-/, "").replace(/\.mdx$/, "");
  return chapter.lang === "zh" ? `/${slug}/` : `/en/${slug}/`;
}
