// How big an embedded chart is drawn, worked out at build from the chart's own models, so that the embed code can
// size its iframe with no script and the embed page can bound how far the chart is scaled. Below `narrowBelow`
// (the iframe's own width) the narrow layout is shown; each layout is scaled to the width it gets, but never so
// far up that its largest text passes `textBounds.max` CSS px. The text around the chart has fixed sizes.
import { chartDefinition, buildChart } from "../charts/registry.ts";
import { wrapText } from "../charts/kit.ts";
import { chartSourceText } from "../charts/texts.ts";
import { embedCreditText } from "../site/credit.ts";
import type { ChartModel, Layout, Shape } from "../charts/model.ts";
import type { Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";

/** Below this iframe width the embed shows the narrow layout (the embed page's stylesheet uses the same). */
export const narrowBelow = 600;

/** The smallest and largest size, in CSS px, that text in an embed may be drawn at. */
export const textBounds = { min: 11, max: 18 };

/** The embed page's type, in px: padding, gaps, and each text block's size and line height (EmbedPage.astro). */
export const embedType = {
  padding: 12,
  gap: 8,
  title: { size: 18, line: 25 },
  takeaway: { size: 15, line: 22 },
  small: { size: 13, line: 19 },
};

/** Iframe widths at which the height is worked out: each band's height holds from its width to the next. */
const bands: Record<Layout, number[]> = { narrow: [280, 360, 440, 520], wide: [narrowBelow, 720, 860, 1000] };

function textSizes(shapes: Shape[]): number[] {
  return shapes.flatMap((shape) =>
    shape.kind === "text" ? [shape.size ?? 13] : shape.kind === "group" ? textSizes(shape.children) : [],
  );
}

/** The smallest and largest font size a model draws, in its own units. */
export function textRange(model: ChartModel): { min: number; max: number } {
  const sizes = textSizes(model.shapes);
  return { min: Math.min(...sizes), max: Math.max(...sizes) };
}

export interface LayoutFit {
  layout: Layout;
  /** Height of the chart as a share of its drawn width. */
  ratio: number;
  /** The widest the chart is drawn, in CSS px: wider, its largest text would pass textBounds.max. */
  maxWidth: number;
  /** One entry per band: from this iframe width, the px the texts around the chart take. */
  bands: Array<{ from: number; extra: number }>;
}

function lines(text: string, size: number, width: number): number {
  return Math.max(1, wrapText(text, width, size).length);
}

/** Height of everything but the chart, in px, in an iframe `width` px wide. */
function textHeight(id: string, lang: Lang, data: Dataset, width: number): number {
  const definition = chartDefinition(id);
  const { padding, gap, title, takeaway, small } = embedType;
  const inner = width - 2 * padding;
  const text =
    lines(definition.title[lang], title.size, inner) * title.line +
    lines(definition.takeaway(data, lang), takeaway.size, inner) * takeaway.line +
    (lines(chartSourceText(id, lang, data), small.size, inner) + lines(embedCreditText(lang), small.size, inner)) * small.line;
  return Math.ceil(2 * padding + 3 * gap + text);
}

export function layoutFit(id: string, lang: Lang, layout: Layout, data: Dataset): LayoutFit {
  const model = buildChart(id, lang, layout, data);
  const { max } = textRange(model);
  return {
    layout,
    ratio: model.height / model.width,
    maxWidth: Math.floor((model.width * textBounds.max) / max),
    bands: bands[layout].map((from) => ({ from, extra: textHeight(id, lang, data, from) })),
  };
}

/** The height an iframe `width` px wide needs to show the whole chart at the size it is drawn at that width. */
export function embedHeightAt(fit: LayoutFit, width: number): number {
  const band = [...fit.bands].reverse().find((b) => width >= b.from) ?? fit.bands[0]!;
  const chartWidth = Math.min(width - 2 * embedType.padding, fit.maxWidth);
  return Math.ceil(chartWidth * fit.ratio + band.extra);
}

export function embedFits(id: string, lang: Lang, data: Dataset): Record<Layout, LayoutFit> {
  return { wide: layoutFit(id, lang, "wide", data), narrow: layoutFit(id, lang, "narrow", data) };
}
