// Every chart: its id (permanent: it is in URLs), texts, the records it draws on, its sizes and its build
// function. buildChart() is the one way any page, download or card gets a chart model.
import { dataset, type Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import { lookupAny } from "../data/lookup.ts";
import { leaves } from "./geometry.ts";
import { hitAreas } from "./hit-areas.ts";
import { place } from "./parts/part.ts";
import { resolveLayout, typeScale, type LayoutSpec, type PresetName } from "./layouts.ts";
import type { ChartModel, Shape } from "./model.ts";
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

/** The smallest and largest font size a model's texts use. */
function textRange(shapes: Shape[]): ChartModel["textRange"] {
  const sizes = leaves(shapes).flatMap(({ shape }) => (shape.kind === "text" ? [shape.size ?? 13] : []));
  return { min: Math.min(...sizes), max: Math.max(...sizes) };
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
  const definition = chartDefinition(id);
  const spec = resolveLayout(layout);
  // A margin of a seventh of the text size keeps strokes and glyphs that reach past their advance (Y, A, the
  // ring of a hollow mark) inside the picture.
  const margin = Math.round((spec.text / 7) * 100) / 100;
  const drawn = definition.build(data, { lang, width: spec.width - 2 * margin, type: typeScale(spec.text) });
  const body = place(drawn, margin, margin);
  const height = Math.ceil(drawn.height + 2 * margin);
  const hits = spec.target ? hitAreas(body.shapes, body.points.length, spec.target, spec.width, height) : [];
  const shapes = hits.length
    ? [...body.shapes, { kind: "group" as const, className: "hits", children: hits }]
    : body.shapes;
  return {
    id,
    lang,
    layout: spec.name,
    width: spec.width,
    height,
    textRange: textRange(body.shapes),
    title: definition.title[lang],
    description: drawn.description,
    shapes,
    points: body.points,
    table: drawn.table,
  };
}

/** The article lines a chart draws on, in order. */
export function sourceLines(id: string, data: Dataset = dataset()): number[] {
  const kinds = ["facts", "claims", "events", "lists", "links"] as const;
  const lines = chartDefinition(id).uses.map(
    (ref) => lookupAny(data, kinds, ref, `chart "${id}" uses "${ref}"`).source.para,
  );
  return [...new Set(lines)].sort((a, b) => a - b);
}
