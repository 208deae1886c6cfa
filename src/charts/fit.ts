// A chart fitted to a box: the largest text (at least minText) whose computed height fits the box's height, at
// the box's width. Kiosk screens and share images ask for a box; a chart that cannot fit at minText is refused
// with its id, the box and the height it needs, so the caller can give it more room or another screen.
import { dataset, type Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import { minEms } from "./layouts.ts";
import type { ChartModel } from "./model.ts";
import { buildChart } from "./registry.ts";

export interface FitOptions {
  /** The layout's name in the model (ids, classes); "fit" unless told. */
  name?: string;
  /** Smallest tap target around explorable marks, in viewBox units (the kiosk's 48). */
  target?: number;
  /** Largest text to try; the box's width ÷ 24 at most, the narrowest measure a chart is laid out for. */
  maxText?: number;
  data?: Dataset;
}

export function fitChart(
  id: string,
  lang: Lang,
  box: { width: number; height: number },
  minText: number,
  options: FitOptions = {},
): ChartModel {
  const { name = "fit", target, data = dataset() } = options;
  const width = Math.floor(box.width);
  const maxText = Math.min(options.maxText ?? Infinity, width / minEms);
  const where = `chart "${id}" (${lang}) in a box of ${width}×${Math.floor(box.height)}`;
  if (!(minText > 0 && minText <= maxText)) {
    throw new Error(
      `${where}: text of ${minText} is more than the box's width allows (${Math.floor(maxText * 10) / 10} at most)`,
    );
  }
  const build = (text: number) => buildChart(id, lang, { name, width, text, ...(target ? { target } : {}) }, data);
  let best = build(minText);
  if (best.height > box.height) {
    throw new Error(`${where}: does not fit; at the smallest text (${minText}) it is ${best.height} tall`);
  }
  const largest = build(maxText);
  if (largest.height <= box.height) return largest;
  // Heights grow with the text; halve the interval until it is a tenth of a unit wide.
  let [low, high] = [minText, maxText];
  while (high - low > 0.1) {
    const middle = Math.round(((low + high) / 2) * 100) / 100;
    const model = build(middle);
    if (model.height <= box.height) [low, best] = [middle, model];
    else high = middle;
  }
  return best;
}
