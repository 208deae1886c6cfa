// The chart a kiosk slide draws for each screen format: laid out by fitChart for the chart box of the format's
// full-HD screen (src/kiosk/layout.ts), with the largest text that lets it fit, never under 22 px, and tap
// targets of 48 px. On the other displays of the format the SVG scales into their box as a whole.
import { fitChart } from "../charts/fit.ts";
import type { ChartModel } from "../charts/model.ts";
import type { Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import { chartBox, type KioskDisplay, type KioskFormat } from "./layout.ts";

/** The screen each format is laid out for: its chart text is drawn at its size there. */
export const fullHd: Record<KioskFormat, KioskDisplay> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

/** Chart text in CSS px on a full-HD screen, and the side of a tap target around a mark. */
export const kioskChartText = { minText: 22, target: 48 } as const;

export function kioskChart(id: string, lang: Lang, format: KioskFormat, data: Dataset): ChartModel {
  const box = chartBox(fullHd[format]);
  const { minText, target } = kioskChartText;
  return fitChart(id, lang, box, minText, { name: `kiosk-${format}`, target, data });
}
