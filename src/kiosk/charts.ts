// The chart a kiosk slide draws for each screen format. The SVG scales into the chart box of its screen
// (src/kiosk/layout.ts); the landscape screens get the registry's wide layout and the portrait ones its narrow
// layout, whose proportions fill a tall box. Kept to one function so a layout fitted to the box can replace it.
import type { ChartModel } from "../charts/model.ts";
import { buildChart } from "../charts/registry.ts";
import type { Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import type { KioskFormat } from "./layout.ts";

export function kioskChart(id: string, lang: Lang, format: KioskFormat, data: Dataset): ChartModel {
  return buildChart(id, lang, format === "landscape" ? "wide" : "narrow", data);
}
