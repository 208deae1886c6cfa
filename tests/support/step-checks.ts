// Checks on the step stories a chapter's MDX places: <StepStory id="…"> around <Step id="…"> blocks. Every problem
// is a message that starts with "file:line:" so a failing test points at the place to fix.
import type { ChapterFile } from "../../src/chapters/chapter-files.ts";
import { headingAnchors } from "../../src/chapters/chapter-checks.ts";
import { lineAt } from "../../src/chapters/figure-text.ts";
import { stories } from "../../src/stories/registry.ts";

export interface PlacedStory {
  id: string;
  line: number;
  steps: Array<{ id: string; line: number; text: string }>;
}

/** The step stories a chapter places, each with its steps in order and the MDX text of each step. */
export function placedStories(chapter: ChapterFile): PlacedStory[] {
  const blocks = chapter.source.matchAll(/<StepStory id="([^"]*)">([\s\S]*?)<\/StepStory>/g);
  return [...blocks].map((block) => {
    const start = block.index + block[0].indexOf(">") + 1;
    const steps = [...block[2]!.matchAll(/<Step id="([^"]*)">([\s\S]*?)<\/Step>/g)].map((step) => ({
      id: step[1]!,
      line: lineAt(chapter.source, start + step.index),
      text: step[2]!.trim(),
    }));
    return { id: block[1]!, line: lineAt(chapter.source, block.index), steps };
  });
}

/** A story the site does not define, steps other than the story's in its order, an empty step, a <Step> outside
 *  a story, a step id that a heading of the chapter also uses, and an unclosed tag. */
export function stepStoryProblems(chapter: ChapterFile): string[] {
  const at = (line: number) => `${chapter.path}:${line}`;
  const placed = placedStories(chapter);
  const problems = placed.flatMap((place) => {
    const story = stories.find((s) => s.id === place.id);
    if (!story) return [`${at(place.line)}: <StepStory id="${place.id}">: no step story has this id`];
    const found = place.steps.map((step) => step.id);
    const order =
      found.join(", ") === story.steps.join(", ")
        ? []
        : [
            `${at(place.line)}: <StepStory id="${place.id}"> has the steps ${found.join(", ") || "(none)"}; the story's steps are ${story.steps.join(", ")}`,
          ];
    const empty = place.steps
      .filter((step) => !step.text)
      .map((step) => `${at(step.line)}: <Step id="${step.id}"> has no text`);
    return [...order, ...empty];
  });
  const inside = placed.reduce((sum, place) => sum + place.steps.length, 0);
  const opened = (chapter.source.match(/<Step id=/g) ?? []).length;
  if (opened !== inside)
    problems.push(`${chapter.path}: ${opened - inside} <Step> outside a <StepStory> or not closed by </Step>`);
  if ((chapter.source.match(/<StepStory\b/g) ?? []).length !== placed.length)
    problems.push(`${chapter.path}: a <StepStory> is not closed by </StepStory>`);
  const anchors = new Set(headingAnchors(chapter).map((anchor) => anchor.id));
  for (const step of placed.flatMap((place) => place.steps)) {
    if (anchors.has(step.id))
      problems.push(`${at(step.line)}: step id "${step.id}" is also a heading anchor in this chapter`);
  }
  return problems;
}
