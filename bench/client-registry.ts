// The registry without the file-reading dataset loader, so it can be bundled for a browser.
import { charts } from "../src/charts/registry.ts";
import { presets, typeScale } from "../src/charts/layouts.ts";
import { renderSvg } from "../src/charts/render/svg.ts";
import type { Dataset } from "../src/data/load.ts";

export function buildChart(id: string, data: Dataset): string {
  const definition = charts.find((chart) => chart.id === id)!;
  const { width, text } = presets.wide;
  const body = definition.build(data, { lang: "zh", width, type: typeScale(text) });
  const textRange = { min: text, max: text };
  return renderSvg(
    { id, lang: "zh", layout: "wide", width, textRange, title: definition.title.zh, ...body },
    { theme: "css" },
  );
}
