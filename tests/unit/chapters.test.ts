// The chapters as written: read straight from content/chapters, since getCollection does not work in vitest.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import {
  chapterProblems,
  chartPlaces,
  headingAnchors,
  unmarkedChineseProblems,
} from "../../src/chapters/chapter-checks.ts";
import { chapterFiles, isPublished, type ChapterFile } from "../../src/chapters/chapter-files.ts";
import { chartIds } from "../../src/charts/registry.ts";
import { halfWidthProblems, retiredWordingProblems } from "../support/corrections.ts";
import {
  asideProblems,
  firmNameProblems,
  formulaProblems,
  lengthProblems,
  sourceMentionProblems,
} from "../support/story-rules.ts";

const chapters = chapterFiles();
const zh = chapters.filter((chapter) => chapter.lang === "zh");
const story = chapters.filter((chapter) => /^0[1-5]-/.test(chapter.name));
const twinOf = (chapter: ChapterFile) =>
  chapters.find((other) => other.lang !== chapter.lang && other.name === chapter.name)!;

describe("the chapters", () => {
  it("pass every check the build makes: no bare figure, only ids that exist, unique ASCII anchors and slugs", () => {
    expect(chapterProblems(chapters, loadDataset(), chartIds)).toEqual([]);
  });

  it('give Chinese in English chapters only inside <span lang="zh-Hans">', () => {
    expect(chapters.flatMap(unmarkedChineseProblems)).toEqual([]);
  });

  it("pair Chinese and English by file name", () => {
    const names = (lang: string) => chapters.filter((chapter) => chapter.lang === lang).map((chapter) => chapter.name);
    expect(names("en")).toEqual(names("zh"));
  });

  it("use the same heading anchors, in the same order, in both languages of a published pair", () => {
    for (const chapter of zh.filter((c) => isPublished(c) && isPublished(twinOf(c)))) {
      const [mine, theirs] = [chapter, twinOf(chapter)].map((c) =>
        headingAnchors(c).map((anchor) => `${"#".repeat(anchor.depth)} ${anchor.id}`),
      );
      expect(theirs, twinOf(chapter).path).toEqual(mine);
    }
  });

  it("place the same charts, in the same order, in both languages of a published pair", () => {
    for (const chapter of zh.filter((c) => isPublished(c) && isPublished(twinOf(c)))) {
      const [mine, theirs] = [chapter, twinOf(chapter)].map((c) => chartPlaces(c).map((place) => place.id));
      expect(theirs, twinOf(chapter).path).toEqual(mine);
    }
  });

  it("tell the story in five published chapters a language, 2,000–3,500 characters or 1,200–1,800 words", () => {
    expect(story.map((chapter) => chapter.path)).toHaveLength(10);
    for (const chapter of story) expect(isPublished(chapter), chapter.path).toBe(true);
    expect(story.flatMap(lengthProblems)).toEqual([]);
  });

  it("name their source at most five times each in running text, outside asides, charts and tables", () => {
    expect(story.flatMap(sourceMentionProblems)).toEqual([]);
  });

  it("put caveats in at most three asides a chapter, each headed 核实 or Fact check", () => {
    expect(chapters.flatMap(asideProblems)).toEqual([]);
  });

  it("end without a next-chapter formula and head their sections with the story, not the source", () => {
    expect(story.flatMap(formulaProblems)).toEqual([]);
  });

  it("keep out the wordings the audit of the chapters corrected", () => {
    expect(chapters.flatMap(retiredWordingProblems)).toEqual([]);
  });

  it("write Chinese prose with full-width punctuation", () => {
    expect(chapters.flatMap(halfWidthProblems)).toEqual([]);
  });

  it("give a firm's Chinese name where an English chapter first names it", () => {
    const data = loadDataset();
    const firms = [...data.organisations.values()].filter((org) => org.kind === "firm");
    const listed = ["leading-investors", "newcomers-after-clean-up"].flatMap((id) => data.lists.get(id)?.items ?? []);
    expect(chapters.flatMap((chapter) => firmNameProblems(chapter, [...firms, ...listed]))).toEqual([]);
  });

  it("tell the audit in the story: the audit chart is placed in a story chapter", () => {
    const places = story.filter((chapter) => chapter.lang === "zh").flatMap((chapter) => chartPlaces(chapter));
    expect(places.map((place) => place.id)).toContain("audit");
  });

  it("place only charts that exist, naming the file and line of one that does not", () => {
    const unknown = chapters.flatMap((chapter) =>
      chartPlaces(chapter)
        .filter(({ id }) => !chartIds.includes(id))
        .map(({ id, line }) => `${chapter.path}:${line}: no chart has the id "${id}"`),
    );
    expect(unknown).toEqual([]);
  });

  it("place a chart in each story chapter, and no chart twice in a language", () => {
    const places = story
      .filter((chapter) => chapter.lang === "zh")
      .flatMap((chapter) => chartPlaces(chapter).map((place) => ({ ...place, path: chapter.path })));
    for (const chapter of story) expect(chartPlaces(chapter).length, chapter.path).toBeGreaterThanOrEqual(1);
    const seen = new Map<string, string>();
    const repeated = places.flatMap(({ id, line, path }) => {
      const first = seen.get(id);
      seen.set(id, first ?? `${path}:${line}`);
      return first ? [`${path}:${line}: chart "${id}" is already placed at ${first}`] : [];
    });
    expect(repeated).toEqual([]);
  });
});
