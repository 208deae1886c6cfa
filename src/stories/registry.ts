// Every step story: its id, its steps, and the one way a page gets its states. A state is a ChartModel, so the
// one renderer (src/charts/render/svg.ts) draws it like any chart; its id is the step's id.
import { dataset, type Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import { textRange } from "../charts/chart-model.ts";
import type { ChartModel, Shape } from "../charts/model.ts";
import { guideDaysStory } from "./guide-days/build.ts";
import { outputRateStory } from "./output-rate/build.ts";
import type { StepStoryDefinition, StoryState } from "./types.ts";
import { stepPositionText } from "./words.ts";

export type { StepStoryDefinition };

/** In the order the chapters tell them. */
export const stories: StepStoryDefinition[] = [outputRateStory, guideDaysStory];

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function storyDefinition(id: string): StepStoryDefinition {
  const found = stories.find((story) => story.id === id);
  if (!found)
    throw new Error(`No step story has the id "${id}". Known stories: ${stories.map((s) => s.id).join(", ")}`);
  return found;
}

/** The story a step belongs to and its place in it. */
export function storyOfStep(step: string): { story: StepStoryDefinition; index: number } {
  for (const story of stories) {
    const index = story.steps.indexOf(step);
    if (index >= 0) return { story, index };
  }
  throw new Error(`No step story has a step "${step}"`);
}

/** "（第2步，共6步）" / " (step 2 of 6)": where a state stands in its story, for its title. */
function titled(title: string, index: number, count: number, lang: Lang): string {
  const position = stepPositionText(lang, index + 1, count);
  return lang === "zh" ? `${title}（${position}）` : `${title} (${position.toLowerCase()})`;
}

function keysOf(shapes: Shape[]): string[] {
  return shapes.flatMap((shape) => [
    ...(shape.key ? [shape.key] : []),
    ...(shape.kind === "group" ? keysOf(shape.children) : []),
  ]);
}

/**
 * What is wrong with a story's states, each problem naming the story and the step: a state for every step, and
 * every key an ASCII name used once in its state, so the page can match marks between states.
 */
export function stateProblems(story: StepStoryDefinition, states: StoryState[]): string[] {
  const where = (i: number) => `step story "${story.id}", step "${story.steps[i] ?? i}"`;
  const count =
    states.length === story.steps.length
      ? []
      : [`step story "${story.id}": ${states.length} states for ${story.steps.length} steps`];
  const keys = states.flatMap((state, i) => {
    const names = keysOf(state.shapes);
    const bad = names
      .filter((key) => !kebab.test(key))
      .map((key) => `${where(i)}: key "${key}" is not ASCII kebab-case`);
    const twice = names
      .filter((key, k) => names.indexOf(key) !== k)
      .map((key) => `${where(i)}: key "${key}" is used twice`);
    return [...bad, ...twice];
  });
  return [...count, ...keys];
}

const built = new WeakMap<Dataset, Map<string, ChartModel[]>>();

/** The states of a story for a language, one model per step; checked so that a faulty story stops the build. */
export function buildStory(id: string, lang: Lang, data: Dataset = dataset()): ChartModel[] {
  const cache = built.get(data) ?? new Map<string, ChartModel[]>();
  built.set(data, cache);
  const cached = cache.get(`${id}/${lang}`);
  if (cached) return cached;
  const story = storyDefinition(id);
  const states = story.build(data, lang);
  const problems = stateProblems(story, states);
  if (problems.length) throw new Error(problems.join("\n"));
  const models = states.map(
    (state, i): ChartModel => ({
      id: story.steps[i]!,
      lang,
      layout: "wide",
      ...story.size,
      title: titled(story.title[lang], i, states.length, lang),
      description: state.description,
      notes: [],
      shapes: state.shapes,
      textRange: textRange(state.shapes),
      points: [],
      table: { columns: [], rows: [] },
    }),
  );
  cache.set(`${id}/${lang}`, models);
  return models;
}
