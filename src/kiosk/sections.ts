// Where a kiosk slide's QR code leads: the chapter section that tells the same thing, found in the chapters
// themselves, so the codes follow the chapters when they are rewritten: the section that places the slide's
// chart, else one that cites a figure the slide shows or the chart draws on, else one that names every item of a
// list the chart draws (in Chinese, the article's own terms). Anchors are the ASCII ids written at the end of
// each heading, the same in both languages, so an English reader gets the section found in Chinese when the
// English text alone does not tell. A story's step leads to the step itself: its id is its address.
import type { Lang } from "../data/format.ts";
import type { Figure, KioskSequence, Slide } from "./content.ts";

export interface ChapterSource {
  slug: string;
  /** The chapter's MDX text. */
  body: string;
}

export interface Section {
  /** The heading's anchor; undefined for the text before the first heading. */
  anchor: string | undefined;
  /** The section's text, its heading included. */
  text: string;
  charts: string[];
  facts: string[];
}

/** What a chart draws on: the ids of its data records, and the items of each list among them, in Chinese. */
export interface ChartSources {
  records: string[];
  lists: string[][];
}

const heading = /^#{2,6}\s.*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/** The sections of a chapter, in order, with the charts they place and the facts and claims they cite. */
export function sectionsOf(body: string): Section[] {
  const sections: Section[] = [{ anchor: undefined, text: "", charts: [], facts: [] }];
  for (const line of body.split("\n")) {
    const anchor = heading.exec(line)?.[1];
    if (anchor) sections.push({ anchor, text: "", charts: [], facts: [] });
    const current = sections.at(-1)!;
    current.text += `${line}\n`;
    for (const [, id] of line.matchAll(/<Chart\s[^>]*\bid="([^"]+)"/g)) current.charts.push(id!);
    for (const [, id] of line.matchAll(/<Fact\s[^>]*\bid="([^"]+)"/g)) current.facts.push(id!);
  }
  return sections;
}

/** The data ids one big figure shows. */
export function figureRecords(figure: Figure): string[] {
  return "fact" in figure ? [figure.fact] : "change" in figure ? figure.change : [figure.claim];
}

/** The data ids a figures slide shows, in order. */
export function slideFacts(slide: Slide): string[] {
  return slide.kind === "figures" ? slide.figures.flatMap(figureRecords) : [];
}

export interface SectionTarget {
  slug: string;
  anchor: string | undefined;
}

type Match = (section: Section) => boolean;

/** The ways a section can tell a slide's story, strongest first. */
function matchesFor(slide: Slide, sources: ChartSources): Match[] {
  if (slide.kind === "figures") return slideFacts(slide).map((id) => (section) => section.facts.includes(id));
  if (slide.kind === "story") return [(section) => section.text.includes(`<StepStory id="${slide.id}"`)];
  return [
    (section) => section.charts.includes(slide.id),
    ...sources.records.map(
      (id): Match =>
        (section) =>
          section.facts.includes(id),
    ),
    ...sources.lists.map(
      (items): Match =>
        (section) =>
          items.every((item) => section.text.includes(item)),
    ),
  ];
}

/**
 * The section for a slide among the published chapters of one language, by the first way in matchesFor that
 * finds one, a section under a heading before the chapter's opening; its sequence's chapter is searched first,
 * then the others. A slide that no section matches leads to its sequence's chapter, and when that chapter is not
 * published, to nothing (the caller then points at the home page).
 */
export function slideSection(
  slide: Slide,
  sequence: KioskSequence,
  chapters: ChapterSource[],
  sources: ChartSources = { records: [], lists: [] },
): SectionTarget | undefined {
  const own = (chapter: ChapterSource) => Number(chapter.slug === sequence.chapter);
  const ordered = [...chapters].sort((a, b) => own(b) - own(a));
  for (const matches of matchesFor(slide, sources)) {
    for (const chapter of ordered) {
      const found = sectionsOf(chapter.body).filter(matches);
      const section = found.find((candidate) => candidate.anchor) ?? found[0];
      if (section) return { slug: chapter.slug, anchor: section.anchor };
    }
  }
  return chapters.some((chapter) => chapter.slug === sequence.chapter)
    ? { slug: sequence.chapter, anchor: undefined }
    : undefined;
}

/** The ids of a chapter's story steps, each an address of its own. */
const stepIds = (body: string) => [...body.matchAll(/<Step\s[^>]*\bid="([^"]+)"/g)].map((found) => found[1]!);

/** The chapter that tells a story's step, with the step's id as the anchor; else what slideSection finds. */
function stepSection(step: string, slide: Slide, sequence: KioskSequence, chapters: ChapterSource[]) {
  const teller = chapters.find((chapter) => stepIds(chapter.body).includes(step));
  return teller ? { slug: teller.slug, anchor: step } : slideSection(slide, sequence, chapters);
}

/** The section for a slide (or a story's step) in each language; where the English chapters alone lead to no
 *  section, the one found in Chinese, when the English chapter of that name has the same anchor. */
export function slideSections(
  slide: Slide,
  sequence: KioskSequence,
  chapters: Record<Lang, ChapterSource[]>,
  sources?: ChartSources,
  step?: string,
): Record<Lang, SectionTarget | undefined> {
  const find = (among: ChapterSource[]) =>
    step ? stepSection(step, slide, sequence, among) : slideSection(slide, sequence, among, sources);
  const zh = find(chapters.zh);
  const en = find(chapters.en);
  const same = chapters.en.find((chapter) => chapter.slug === zh?.slug);
  const anchors = (body: string) => [...sectionsOf(body).map((section) => section.anchor), ...stepIds(body)];
  const borrow = !en?.anchor && zh?.anchor && same && anchors(same.body).includes(zh.anchor);
  return { zh, en: borrow ? zh : en };
}

/** The site path a QR code opens for a reader of `lang`: `/en/…` in English. */
export function sectionPath(target: SectionTarget | undefined, lang: Lang): string {
  const prefix = lang === "en" ? "/en" : "";
  if (!target) return `${prefix}/`;
  return `${prefix}/${target.slug}/${target.anchor ? `#${target.anchor}` : ""}`;
}
