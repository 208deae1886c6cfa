// One share card: satori lays the card out with the subset font, resvg turns it into a PNG. A card whose texts
// do not fit, that runs past its edge or lacks a glyph stops the build with the card and page named: a blank or
// clipped card would otherwise go out unnoticed to every social post.
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import { buildChart } from "../charts/registry.ts";
import { palette } from "../charts/palette.ts";
import { renderSvg } from "../charts/render/svg.ts";
import type { Dataset } from "../data/load.ts";
import { cardSize } from "./card-path.ts";
import { cardLayout, cardMargin, chartBox, fitSteps, type CardNode, type CardPicture } from "./card-layout.ts";
import type { CardSpec } from "./cards.ts";
import { fontFamily, fontSubset } from "./fonts.ts";
import { inkShare, svgToPng, type Raster } from "./png.ts";

export interface CardContext {
  /** Every character of every card, so one font subset serves the whole build. */
  cardText: string;
  /** Every character the charts draw, for the chart pictures. */
  chartText: string;
  /** The site's host, printed at the foot of each card. */
  host: string;
  data: Dataset;
  /** Where the font package is installed; the project root unless a test says otherwise. */
  fontRoot?: string;
}

async function chartPicture(id: string, spec: CardSpec, context: CardContext): Promise<CardPicture> {
  const model = buildChart(id, spec.lang, "narrow", context.data);
  const scale = Math.min(chartBox.width / model.width, chartBox.height / model.height);
  const raster = await svgToPng(renderSvg(model, { theme: "light" }), { zoom: 2 * scale, text: context.chartText });
  return { src: `data:image/png;base64,${raster.png.toString("base64")}`, width: Math.floor(model.width * scale), height: Math.floor(model.height * scale) };
}

export async function renderCard(spec: CardSpec, context: CardContext): Promise<Raster> {
  const where = `share card ${spec.file} (page ${spec.page})`;
  try {
    const fonts = await Promise.all(
      ([400, 700] as const).map(async (weight) => ({ name: fontFamily, data: await fontSubset(context.cardText, weight, context.fontRoot), weight, style: "normal" as const })),
    );
    const loadAdditionalAsset = async (_language: string, segment: string): Promise<never> => {
      throw new Error(`the font has no glyph for "${segment}"`);
    };
    const picture = spec.chart ? await chartPicture(spec.chart, spec, context) : undefined;
    // Laid out without a height first, the card is as tall as its texts need. Long texts step down to smaller
    // type; past the last step, more than the card's height means the title or line is too long for a card.
    let layout = cardLayout(spec, context.host, picture);
    let needed = Infinity;
    for (let step = 0; step < fitSteps && needed > cardSize.height; step++) {
      layout = cardLayout(spec, context.host, picture, step);
      const natural = await satori(layout as never, { width: cardSize.width, fonts, loadAdditionalAsset });
      needed = Number(/height="([\d.]+)"/.exec(natural)?.[1] ?? 0);
    }
    if (needed > cardSize.height) {
      throw new Error(`the texts need ${Math.ceil(needed)} px even in the smallest type, but the card is ${cardSize.height} px tall: shorten the title "${spec.title}" or its line`);
    }
    const fixed: CardNode = { ...layout, props: { ...layout.props, style: { ...layout.props.style, height: "100%" } } };
    const svg = await satori(fixed as never, { ...cardSize, fonts, loadAdditionalAsset });
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const raster: Raster = { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height };
    const background = palette.light.bg;
    const margin = { x: cardSize.width - cardMargin + 8, y: 16, width: cardMargin - 12, height: cardSize.height - 20 };
    if (inkShare(raster, margin, background) > 0) throw new Error("a text runs into the right margin (a long run of digits or a long word?)");
    const title = { x: cardMargin, y: cardMargin + 60, width: 300, height: 60 };
    if (inkShare(raster, title, background) < 0.02) throw new Error("the title came out blank");
    return raster;
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
}
