// Every chart: its id (permanent: it is in URLs), texts, the records it draws on, its sizes and its build
// function. buildChart() is the one way any page, download or card gets a chart model.
import { dataset, type Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import { lookupAny } from "../data/lookup.ts";
import { chartModel } from "./chart-model.ts";
import type { LayoutSpec, PresetName } from "./layouts.ts";
import type { ChartModel } from "./model.ts";
import type { ChartDefinition } from "./types.ts";
import { businessClimateChecksChart } from "./business-climate-checks/definition.ts";
import { growthChart } from "./growth-2015-2020/definition.ts";
import { serviceTimelineChart } from "./service-timeline/definition.ts";
import { investmentChainsChart } from "./investment-chains/definition.ts";
import { momentumChart } from "./momentum-2021/definition.ts";
import { factoriesChart } from "./standard-factories/definition.ts";
import { capitalChart } from "./capital-and-listings/definition.ts";
import { honoursChart } from "./honours-and-rankings/definition.ts";
import { auditChart } from "./audit/definition.ts";
import { problemLoopChart } from "./problem-loop/definition.ts";
import { projectPipelineChart } from "./project-pipeline/definition.ts";
import { reviewRhythmChart } from "./review-rhythm/definition.ts";
import { serviceStylesChart } from "./service-styles/definition.ts";
import { strategiesChart } from "./strategies/definition.ts";

export type { ChartDefinition };

/** In story order: the chapters use them in this order, and the gallery lists them so. */
export const charts: ChartDefinition[] = [
  growthChart,
  momentumChart,
  strategiesChart,
  honoursChart,
  serviceTimelineChart,
  factoriesChart,
  capitalChart,
  investmentChainsChart,
  serviceStylesChart,
  businessClimateChecksChart,
  projectPipelineChart,
  problemLoopChart,
  reviewRhythmChart,
  auditChart,
];

export const chartIds = charts.map((chart) => chart.id);

export function chartDefinition(id: string): ChartDefinition {
  const found = charts.find((chart) => chart.id === id);
  if (!found) throw new Error(`No chart has the id "${id}". Known charts: ${chartIds.join(", ")}`);
  return found;
}

/**
 * A chart's model for a language at a layout: a preset name ("wide", "narrow", "kiosk") or a custom
 * { name, width, text }. The height follows from the content; fitChart (./fit.ts) fits a box instead.
 */
export function buildChart(
  id: string,
  lang: Lang,
  layout: PresetName | LayoutSpec,
  data: Dataset = dataset(),
): ChartModel {
  return chartModel(chartDefinition(id), lang, layout, data);
}

/** The article lines a chart draws on, in order. */
export function sourceLines(id: string, data: Dataset = dataset()): number[] {
  const kinds = ["facts", "claims", "events", "lists", "links"] as const;
  const definition = chartDefinition(id);
  const lines = definition.uses.map((ref) => lookupAny(data, kinds, ref, `chart "${id}" uses "${ref}"`).source.line);
  return [...new Set([...lines, ...(definition.alsoCites ?? [])])].sort((a, b) => a - b);
}
