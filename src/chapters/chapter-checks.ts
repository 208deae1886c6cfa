// Checks on a chapter's MDX source, run by the build before anything is written (src/integrations/chapter-guard.ts)
// and by the tests: no figure typed as text, every <Fact> and <Chart> names a record or chart that exists, every
// heading carries a unique ASCII anchor, every slug is a unique ASCII name. Each problem starts with "file:line:",
// the place in the chapter to fix, not the page it would have become.
import type { Dataset } from "../data/load.ts";
import { factText } from "../data/fact-text.ts";
import { findBareFigures } from "./bare-figures.ts";
import { chapterPath, slugOf, type ChapterFile } from "./chapter-files.ts";
import { blankAll, chineseSpans, lineAt, readerText, splitByRanges } from "./figure-text.ts";
import { idProblems } from "./ids.ts";

/** The source with its frontmatter and MDX comments blanked, offsets kept: a tag in a comment is never rendered. */
function body(source: string): string {
  return blankAll(source, [/^---\n[\s\S]*?\n---/, /\{\/\*[\s\S]*?\*\/\}/g]);
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

/** Each <Tag …> of a kind in the chapter's body, with its line, id, and the text that follows it. */
function tags(chapter: ChapterFile, name: string) {
  const text = body(chapter.source);
  return [...text.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, "g"))].map((match) => {
    const line = lineAt(text, match.index);
    const id = /\bid="([^"]*)"/.exec(match[1]!)?.[1];
    const after = text.slice(match.index + match[0].length);
    return { line, where: `${chapter.path}:${line}`, id, attributes: match[1]!, after };
  });
}

/** <Fact id="…"> that names no fact or claim, or asks for a computed value that cannot be computed. */
export function factReferenceProblems(chapter: ChapterFile, data: Pick<Dataset, "facts" | "claims">): string[] {
  return tags(chapter, "Fact").flatMap(({ where, id, attributes }) => {
    const computed = /\bcomputed\b/.test(attributes);
    if (!id) return [`${where}: <Fact> without an id`];
    if (data.facts.has(id)) {
      return computed
        ? [`${where}: <Fact id="${id}" computed>: "${id}" is a fact; only a claim has a computed value`]
        : [];
    }
    if (!data.claims.has(id)) return [`${where}: <Fact id="${id}">: no fact or claim in content/data has this id`];
    if (computed && !data.claims.get(id)!.inputs) {
      return [`${where}: <Fact id="${id}" computed>: the claim has no inputs to compute it from`];
    }
    return [];
  });
}

/** English nouns that count things in the data (each fact's counter, singular and plural; a claim counts with the
 *  counter of its inputs), and the everyday "firm" and "company". */
function countNouns(data: Pick<Dataset, "facts">): Set<string> {
  const nouns = [...data.facts.values()].flatMap((fact) => fact.counter?.en ?? []);
  return new Set(["firm", "firms", "company", "companies", ...nouns].map((noun) => noun.toLowerCase()));
}

/** An English <Fact> whose figure already ends with its noun ("62 enterprises"), followed by another such noun:
 *  the page would read "62 enterprises firms". */
export function doubledNounProblems(chapter: ChapterFile, data: Dataset): string[] {
  if (chapter.lang !== "en") return [];
  const nouns = countNouns(data);
  return tags(chapter, "Fact").flatMap(({ where, id, attributes, after }) => {
    const next = /^[ \t]+([A-Za-z]+)/.exec(after)?.[1];
    if (!id || !next || !nouns.has(next.toLowerCase())) return [];
    const decimals = /\bdecimals=\{(\d+)\}/.exec(attributes)?.[1];
    const part = /\bpart="(times|beyond)"/.exec(attributes)?.[1] as "times" | "beyond" | undefined;
    let shown: string;
    try {
      const request = { id, computed: /\bcomputed\b/.test(attributes), exact: /\bexact\b/.test(attributes), part };
      shown = factText({ ...request, decimals: decimals ? Number(decimals) : undefined }, "en", data).text;
    } catch {
      return []; // a <Fact> that names nothing is reported by factReferenceProblems
    }
    const last = /([A-Za-z]+)$/.exec(shown)?.[1];
    if (!last || !nouns.has(last.toLowerCase())) return [];
    return [`${where}: <Fact id="${id}"> already reads "${shown}"; the "${next}" after it names the noun twice`];
  });
}

/** <Chart id="…"> that names no chart, or is not written on a line of its own as the chapter format asks. */
export function chartReferenceProblems(chapter: ChapterFile, chartIds: readonly string[]): string[] {
  const lines = chapter.source.split("\n");
  return tags(chapter, "Chart").flatMap(({ line, where, id }) => {
    if (!id) return [`${where}: <Chart> without an id`];
    if (!chartIds.includes(id)) return [`${where}: <Chart id="${id}">: no chart has this id`];
    return lines[line - 1] === `<Chart id="${id}" />` ? [] : [`${where}: write <Chart id="${id}" /> alone on its line`];
  });
}

/** The charts a chapter places, each written as `<Chart id="…" />` on its own line. */
export function chartPlaces(chapter: ChapterFile): Array<{ id: string; line: number }> {
  return tags(chapter, "Chart").flatMap(({ id, line }) => (id ? [{ id, line }] : []));
}

/** Heading anchors ([#id]) in the order they appear, with their heading level and line. */
export function headingAnchors(chapter: ChapterFile): Array<{ id: string; depth: number; line: number }> {
  return [...body(chapter.source).matchAll(/^(#{2,6})\s.*\[#([a-z0-9-]+)\]\s*$/gm)].map((match) => ({
    id: match[2]!,
    depth: match[1]!.length,
    line: lineAt(chapter.source, match.index),
  }));
}

/** Ids a chapter page gives its own elements (skip target, contents, citation headings); chart figures and audit
 * rows add chart-<id> and audit-<id>. An anchor with one of them would make a second element with that id. */
export const fixedPageIds = ["main", "toc-title", "cite-article", "cite-site"];

/** Headings below the title without an anchor, anchors that are not kebab-case, used twice or taken by the page. */
export function headingProblems(chapter: ChapterFile, pageIds: ReadonlySet<string> = new Set(fixedPageIds)): string[] {
  const text = body(chapter.source);
  const anchors: Array<{ id: string; where: string }> = [];
  const problems: string[] = [];
  for (const match of text.matchAll(/^(#{2,6})[ \t].*?(?:\[#([^\]]*)\])?[ \t]*$/gm)) {
    const where = `${chapter.path}:${lineAt(text, match.index)}`;
    const id = match[2];
    if (id === undefined)
      problems.push(`${where}: heading needs an ASCII anchor at its end, like "## 标题 [#some-id]"`);
    else if (pageIds.has(id)) problems.push(`${where}: heading anchor "${id}" is an id the page uses`);
    else anchors.push({ id, where });
  }
  return [...problems, ...idProblems(anchors, "heading anchor")];
}

/** Routes that a chapter slug would shadow. */
const reservedSlugs = new Set(["charts", "embed", "en", "kiosk", "og", "share", "404"]);

/** File names that are not NN-slug.mdx with an ASCII slug, slugs used twice in one language, or a route's name. */
export function slugProblems(chapters: readonly ChapterFile[]): string[] {
  const problems = chapters
    .filter((chapter) => !/^\d\d-.+\.mdx$/.test(chapter.name) || reservedSlugs.has(slugOf(chapter)))
    .map(
      (chapter) =>
        `${chapter.path}: name it NN-slug.mdx with a slug that is no route of the site (${chapterPath(chapter)})`,
    );
  for (const lang of ["zh", "en"] as const) {
    const slugs = chapters.filter((c) => c.lang === lang).map((c) => ({ id: slugOf(c), where: c.path }));
    problems.push(...idProblems(slugs, "chapter slug"));
  }
  return problems;
}

/** Everything a chapter must pass before the site is built, for every chapter file of both languages. */
export function chapterProblems(
  chapters: readonly ChapterFile[],
  data: Dataset,
  chartIds: readonly string[],
): string[] {
  const pageIds = new Set([
    ...fixedPageIds,
    ...chartIds.map((id) => `chart-${id}`),
    ...[...data.claims.keys()].map((id) => `audit-${id}`),
  ]);
  return [
    ...slugProblems(chapters),
    ...chapters.flatMap((chapter) => [
      ...bareFigureProblems(chapter),
      ...factReferenceProblems(chapter, data),
      ...doubledNounProblems(chapter, data),
      ...chartReferenceProblems(chapter, chartIds),
      ...headingProblems(chapter, pageIds),
    ]),
  ];
}
