// Where a kiosk slide's QR code leads: the chapter section that tells the same thing, found in the chapters
// themselves (the section whose text places the slide's chart, or cites one of its figures), so the codes follow
// the chapters when they are rewritten. Anchors are the ASCII ids written at the end of each heading, the same in
// both languages.
import type { Lang } from "../data/format.ts";
import type { KioskSequence, Slide } from "./content.ts";

export interface ChapterSource {
  slug: string;
  /** The chapter's MDX text. */
  body: string;
}

export interface Section {
  /** The heading's anchor; undefined for the text before the first heading. */
  anchor: string | undefined;
  charts: string[];
  facts: string[];
}

const heading = /^#{2,6}\s.*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/** The sections of a chapter, in order, with the charts they place and the facts and claims they cite. */
export function sectionsOf(body: string): Section[] {
  const sections: Section[] = [{ anchor: undefined, charts: [], facts: [] }];
  for (const line of body.split("\n")) {
    const anchor = heading.exec(line)?.[1];
    if (anchor) sections.push({ anchor, charts: [], facts: [] });
    const current = sections.at(-1)!;
    for (const [, id] of line.matchAll(/<Chart\s[^>]*\bid="([^"]+)"/g)) current.charts.push(id!);
    for (const [, id] of line.matchAll(/<Fact\s[^>]*\bid="([^"]+)"/g)) current.facts.push(id!);
  }
  return sections;
}

/** The data ids a figures slide shows, in order. */
export function slideFacts(slide: Slide): string[] {
  if (slide.kind !== "figures") return [];
  return slide.figures.flatMap((figure) => ("fact" in figure ? [figure.fact] : "change" in figure ? figure.change : [figure.claim]));
}

export interface SectionTarget {
  slug: string;
  anchor: string | undefined;
}

/**
 * The section for a slide among the published chapters of one language: the one that places its chart, or
 * that cites its first figure (else its second …), a section under a heading before the chapter's opening; its
 * sequence's chapter is searched first, then the others. A slide that no section matches leads to its sequence's chapter, and when
 * that chapter is not published, to nothing (the caller then points at the home page).
 */
export function slideSection(slide: Slide, sequence: KioskSequence, chapters: ChapterSource[]): SectionTarget | undefined {
  const ordered = [...chapters].sort((a, b) => Number(b.slug === sequence.chapter) - Number(a.slug === sequence.chapter));
  const tests: Array<(section: Section) => boolean> =
    slide.kind === "chart" ? [(section) => section.charts.includes(slide.id)] : slideFacts(slide).map((id) => (section) => section.facts.includes(id));
  for (const matches of tests) {
    for (const chapter of ordered) {
      const found = sectionsOf(chapter.body).filter(matches);
      const section = found.find((candidate) => candidate.anchor) ?? found[0];
      if (section) return { slug: chapter.slug, anchor: section.anchor };
    }
  }
  return chapters.some((chapter) => chapter.slug === sequence.chapter) ? { slug: sequence.chapter, anchor: undefined } : undefined;
}

/** The site path a QR code opens for a reader of `lang`: `/en/…` in English. */
export function sectionPath(target: SectionTarget | undefined, lang: Lang): string {
  const prefix = lang === "en" ? "/en" : "";
  if (!target) return `${prefix}/`;
  return `${prefix}/${target.slug}/${target.anchor ? `#${target.anchor}` : ""}`;
}
