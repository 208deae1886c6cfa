// The client-side chart of the benchmark: the page carries only the data its chart reads, as JSON, and this
// module (bundled per chart with only that chart's code and d3 modules) builds the layout that fits the screen
// and draws it where the server-rendered page has its SVG.
import { renderSvg } from "../src/charts/render/svg.ts";
import { chartModel } from "../src/charts/chart-model.ts";
import type { ChartDefinition } from "../src/charts/types.ts";
import { datasetOf } from "./data-subset.ts";

export function mountChart(module: Record<string, unknown>): void {
  const chart = Object.values(module).find((value): value is ChartDefinition => !!(value as ChartDefinition)?.build)!;
  const data = datasetOf(JSON.parse(document.getElementById("chart-data")!.textContent!));
  const layout = matchMedia("(max-width: 36rem)").matches ? "narrow" : "wide";
  const model = chartModel(chart, "zh", layout, data);
  const mount = document.getElementById("chart-mount")!;
  mount.dataset.points = JSON.stringify(
    model.points.map(({ series, index, label, value }) => ({ series, index, label, value })),
  );
  mount.innerHTML = renderSvg(model, { theme: "css" });
}
