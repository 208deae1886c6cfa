// The chapters as written place every step story once in each language, with the story's steps in order, in the
// same chapter of both languages, so a step's address (/service/#guide-160-days) works in zh and en alike.
import { describe, expect, it } from "vitest";
import { chapterFiles, type ChapterFile } from "../../src/chapters/chapter-files.ts";
import { placedStories, stepStoryProblems } from "../support/step-checks.ts";
import { stories } from "../../src/stories/registry.ts";

const chapters = chapterFiles();
const placements = (lang: string) =>
  chapters.filter((c) => c.lang === lang).flatMap((c) => placedStories(c).map((place) => `${c.name} ${place.id}`));

describe("step stories in the chapters", () => {
  it("are placed with their steps in order, each step with text, and no step id used as a heading anchor", () => {
    expect(chapters.flatMap(stepStoryProblems)).toEqual([]);
  });

  it("are each placed once a language, in the same chapter of both languages", () => {
    const expected = stories.map((story) => story.id).sort();
    for (const lang of ["zh", "en"])
      expect(
        placements(lang)
          .map((p) => p.split(" ")[1])
          .sort(),
      ).toEqual(expected);
    expect(placements("en")).toEqual(placements("zh"));
  });
});

describe("a chapter whose step story is wrong", () => {
  const chapter = (source: string): ChapterFile => ({
    path: "content/chapters/zh/99-x.mdx",
    lang: "zh",
    name: "99-x.mdx",
    source,
  });
  const story = stories.find((s) => s.id === "output-rate")!;
  const steps = (ids: readonly string[]) => ids.map((id) => `<Step id="${id}">\n\n文字。\n\n</Step>`).join("\n\n");

  it("is told which story, step or line is at fault", () => {
    const swapped = [story.steps[1]!, story.steps[0]!, ...story.steps.slice(2)];
    const source = `---\ntitle: x\n---\n\n## 小节 [#${story.steps[3]}]\n\n<StepStory id="output-rate">\n\n${steps(swapped)}\n\n</StepStory>\n\n<StepStory id="no-such-story">\n\n</StepStory>\n\n<Step id="stray">\n\n文字。\n\n</Step>\n`;
    const problems = stepStoryProblems(chapter(source));
    expect(problems).toEqual([
      `content/chapters/zh/99-x.mdx:7: <StepStory id="output-rate"> has the steps ${swapped.join(", ")}; the story's steps are ${story.steps.join(", ")}`,
      `content/chapters/zh/99-x.mdx:35: <StepStory id="no-such-story">: no step story has this id`,
      "content/chapters/zh/99-x.mdx: 1 <Step> outside a <StepStory> or not closed by </Step>",
      `content/chapters/zh/99-x.mdx:27: step id "${story.steps[3]}" is also a heading anchor in this chapter`,
    ]);
  });

  it("is told of a step without text", () => {
    const source = `<StepStory id="output-rate">\n\n${steps(story.steps).replace("文字。", "")}\n\n</StepStory>\n`;
    expect(stepStoryProblems(chapter(source))).toEqual([
      `content/chapters/zh/99-x.mdx:3: <Step id="${story.steps[0]}"> has no text`,
    ]);
  });
});
