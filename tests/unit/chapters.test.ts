// The chapters as written: read straight from content/chapters, since getCollection does not work in vitest.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { readingMinutes } from "../../src/lib/reading-time.ts";
import {
  chapterProblems,
  chartPlaces,
  headingAnchors,
  unmarkedChineseProblems,
} from "../../src/chapters/chapter-checks.ts";
import { chapterFiles, isPublished, type ChapterFile } from "../../src/chapters/chapter-files.ts";
import { chartIds } from "../../src/charts/registry.ts";

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

  it("tell the story in five published chapters a language, of five to eight minutes each", () => {
    expect(story.map((chapter) => chapter.path)).toHaveLength(10);
    for (const chapter of story) {
      expect(isPublished(chapter), chapter.path).toBe(true);
      const minutes = readingMinutes(chapter.source, chapter.lang);
      expect(minutes, chapter.path).toBeGreaterThanOrEqual(5);
      expect(minutes, chapter.path).toBeLessThanOrEqual(8);
    }
  });

  it("place two or more charts in each story chapter, and no chart twice in a language", () => {
    const places = story
      .filter((chapter) => chapter.lang === "zh")
      .flatMap((chapter) => chartPlaces(chapter).map((place) => ({ ...place, path: chapter.path })));
    for (const chapter of story) expect(chartPlaces(chapter).length, chapter.path).toBeGreaterThanOrEqual(2);
    const seen = new Map<string, string>();
    const repeated = places.flatMap(({ id, line, path }) => {
      const first = seen.get(id);
      seen.set(id, first ?? `${path}:${line}`);
      return first ? [`${path}:${line}: chart "${id}" is already placed at ${first}`] : [];
    });
    expect(repeated).toEqual([]);
  });
});
