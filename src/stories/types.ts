// The contract between a step story's build function and the pages. A step story is a chart that changes as
// the reader moves through a scene: one state per step, each a full chart drawn at build by the one renderer.
// Marks that stay on stage from one state to the next carry the same key, so the page can move them.
import type { Bilingual } from "../charts/types.ts";
import type { Shape } from "../charts/model.ts";
import type { Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";

/** One state of the chart: what it draws and what it says to a reader who cannot see it. */
export interface StoryState {
  /** The state's accessible description, in a sentence or two, with its figures. */
  description: string;
  shapes: Shape[];
}

export interface StepStoryDefinition {
  /** ASCII kebab-case; the chapter places the story by it. */
  id: string;
  /** The scene as a whole: the story's accessible name, and the first part of every state's title. */
  title: Bilingual;
  /** Step ids in order: the steps' element ids and addresses (/service/#guide-160-days), the same in zh and en. */
  steps: readonly string[];
  /** One size for every state, so the pinned chart does not jump between steps. */
  size: { width: number; height: number };
  /** Ids of the facts, claims and events drawn. */
  uses: string[];
  /** One state per step, in the order of `steps`. */
  build: (data: Dataset, lang: Lang) => StoryState[];
}
