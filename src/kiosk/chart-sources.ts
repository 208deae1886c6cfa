// What a kiosk chart draws on, for finding the chapter section that tells its story (src/kiosk/sections.ts):
// the registry's record ids for the chart, and the items of the lists among them, in Chinese (the article's
// terms, which the Chinese chapters repeat word for word).
import { chartDefinition } from "../charts/registry.ts";
import type { Dataset } from "../data/load.ts";
import type { ChartSources } from "./sections.ts";
import type { Slide } from "./content.ts";

export function chartSources(slide: Slide, data: Dataset): ChartSources {
  if (slide.kind !== "chart") return { records: [], lists: [] };
  const records = chartDefinition(slide.id).uses;
  const lists = records.flatMap((id) => data.lists.get(id) ?? []);
  return { records, lists: lists.map((list) => list.items.map((item) => item.zh)) };
}
