// Every character that any chart draws, in both languages and layouts and in its downloadable frame, so one
// font subset serves every PNG of a build (a subset per picture would read the 10 MB font again each time).
import { chartIds, buildChart } from "../charts/registry.ts";
import { renderSvg } from "../charts/render/svg.ts";
import { framedChartSvg } from "../downloads/framed-svg.ts";
import { langs } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";

let collected: string | undefined;

export function chartText(data: Dataset): string {
  collected ??= chartIds
    .flatMap((id) =>
      langs.flatMap((lang) => [
        framedChartSvg(id, lang, data, "").svg,
        renderSvg(buildChart(id, lang, "narrow", data), { theme: "light" }),
      ]),
    )
    .join("");
  return collected;
}
