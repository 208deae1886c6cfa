// A chart definition built into its model at a layout: the one place the margin, the type scale, the tap areas
// and the text range are applied. The registry uses it for every chart; a page that bundles a single chart (the
// benchmark's client-side page) uses it without loading the others.
import { inferredYearNote, type Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import { leaves } from "./geometry.ts";
import { hitAreas } from "./hit-areas.ts";
import { resolveLayout, typeScale, type LayoutSpec, type PresetName } from "./layouts.ts";
import type { ChartModel, Shape } from "./model.ts";
import { place } from "./parts/part.ts";
import type { ChartDefinition } from "./types.ts";

/** The smallest and largest font size a model's texts use. */
export function textRange(shapes: Shape[]): ChartModel["textRange"] {
  const sizes = leaves(shapes).flatMap(({ shape }) => (shape.kind === "text" ? [shape.size ?? 13] : []));
  return { min: Math.min(...sizes), max: Math.max(...sizes) };
}

export function chartModel(
  definition: ChartDefinition,
  lang: Lang,
  layout: PresetName | LayoutSpec,
  data: Dataset,
): ChartModel {
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
    id: definition.id,
    lang,
    layout: spec.name,
    width: spec.width,
    height,
    textRange: textRange(body.shapes),
    title: definition.title[lang],
    description: drawn.description,
    notes: [
      ...definition.notes.map((note) => note(data, lang)),
      ...(drawn.table.rows.some((row) => row.yearInferred) ? [inferredYearNote[lang]] : []),
    ],
    shapes,
    points: body.points,
    table: drawn.table,
  };
}
