// How big an embedded chart is drawn, worked out at build from the chart's own models, so that the embed code can
// size its iframe with no script and the embed page can bound how far the chart is scaled. Text in an embed stays
// between textBounds.min and textBounds.max CSS px at any width:
// - the wide layout is shown from the iframe width at which its smallest text reaches the minimum (its
//   `switchWidth`, one per chart), the narrow layout below it;
// - each layout is scaled to the width it gets, but never so far up that its largest text passes the maximum:
//   past that width the chart stays at its `maxWidth`, centred.
import { chartDefinition, buildChart } from "../charts/registry.ts";
import { wrapText } from "../charts/kit.ts";
import { chartSourceText } from "../charts/texts.ts";
import { embedCreditText } from "../site/credit.ts";
import type { ChartModel, Layout } from "../charts/model.ts";
import type { Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";

/** The smallest and largest size, in CSS px, that text in an embed may be drawn at. */
export const textBounds = { min: 11, max: 18 };

/** The embed page's type, in px: padding per layout, gaps, each text block's size and line height. */
export const embedType = {
  padding: { wide: 12, narrow: 6 } satisfies Record<Layout, number>,
  gap: 8,
  title: { size: 18, line: 25 },
  takeaway: { size: 15, line: 22 },
  small: { size: 13, line: 19 },
};

/** The narrowest host column the embed is made for. */
export const narrowestColumn = 280;

export interface LayoutFit {
  layout: Layout;
  padding: number;
  /** Height of the chart as a share of its drawn width. */
  ratio: number;
  /** The narrowest the chart may be drawn, in CSS px: narrower, its smallest text would pass textBounds.min. */
  minWidth: number;
  /** The widest the chart is drawn, in CSS px: wider, its largest text would pass textBounds.max. */
  maxWidth: number;
}

export interface EmbedFits {
  wide: LayoutFit;
  narrow: LayoutFit;
  /** From this iframe width up the wide layout is shown. */
  switchWidth: number;
  /** Iframe widths from which a height holds, each with the px the texts around the chart take there. */
  bands: Array<{ from: number; fit: LayoutFit; extra: number }>;
}

function layoutFit(model: ChartModel, layout: Layout): LayoutFit {
  const { min, max } = model.textRange;
  return {
    layout,
    padding: embedType.padding[layout],
    ratio: model.height / model.width,
    minWidth: Math.ceil((model.width * textBounds.min) / min),
    maxWidth: Math.floor((model.width * textBounds.max) / max),
  };
}

function lines(text: string, size: number, width: number): number {
  return Math.max(1, wrapText(text, width, size).length);
}

/** Height of everything but the chart, in px, in an iframe `width` px wide. */
function textHeight(id: string, lang: Lang, data: Dataset, width: number, padding: number): number {
  const definition = chartDefinition(id);
  const { gap, title, takeaway, small } = embedType;
  const inner = width - 2 * padding;
  const text =
    lines(definition.title[lang], title.size, inner) * title.line +
    lines(definition.takeaway(data, lang), takeaway.size, inner) * takeaway.line +
    (lines(chartSourceText(id, lang, data), small.size, inner) + lines(embedCreditText(lang), small.size, inner)) *
      small.line;
  return Math.ceil(2 * padding + 3 * gap + text);
}

export function embedFits(id: string, lang: Lang, data: Dataset): EmbedFits {
  const wide = layoutFit(buildChart(id, lang, "wide", data), "wide");
  const narrow = layoutFit(buildChart(id, lang, "narrow", data), "narrow");
  const switchWidth = wide.minWidth + 2 * wide.padding;
  const starts = [
    ...[narrowestColumn, 320, 360, 420, 500, 600, 700]
      .filter((w) => w < switchWidth)
      .map((from) => ({ from, fit: narrow })),
    ...[switchWidth, switchWidth + 120, switchWidth + 260].map((from) => ({ from, fit: wide })),
  ];
  const bands = starts.map(({ from, fit }) => ({ from, fit, extra: textHeight(id, lang, data, from, fit.padding) }));
  return { wide, narrow, switchWidth, bands };
}

/** The height an iframe `width` px wide needs to show the whole chart at the size it is drawn at that width. */
export function embedHeightAt(fits: EmbedFits, width: number): number {
  const band = [...fits.bands].reverse().find((b) => width >= b.from) ?? fits.bands[0]!;
  const chartWidth = Math.min(width - 2 * band.fit.padding, band.fit.maxWidth);
  return Math.ceil(chartWidth * band.fit.ratio + band.extra);
}

/** The embed page's own rules for this chart: which layout below and above its switch width, and the caps. */
export function embedPageCss(fits: EmbedFits): string {
  const { wide, narrow, switchWidth } = fits;
  return (
    `.embed-chart .chart-view{width:100%;margin-inline:auto}` +
    `.embed-chart .chart-view-wide{max-width:${wide.maxWidth}px;display:block}` +
    `.embed-chart .chart-view-narrow{max-width:${narrow.maxWidth}px;display:none}` +
    `@media (max-width:${switchWidth - 0.02}px){.embed-chart .chart-view-wide{display:none}` +
    `.embed-chart .chart-view-narrow{display:block}body .embed-main .embed-figure{padding:${narrow.padding}px}}`
  );
}
