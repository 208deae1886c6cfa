// A chart as a picture for an image slot, drawn by the one renderer with colours resolved. The slot takes the
// candidate whose smallest text comes out largest in the box the layout leaves for it.
import { presets } from "../charts/layouts.ts";
import { buildChart } from "../charts/registry.ts";
import type { ChartModel, Shape } from "../charts/model.ts";
import { renderSvg } from "../charts/render/svg.ts";
import type { Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import type { Picture } from "./job.ts";

function textSizes(shapes: Shape[]): number[] {
  return shapes.flatMap((shape) =>
    shape.kind === "text" ? [shape.size ?? 13] : shape.kind === "group" ? textSizes(shape.children) : [],
  );
}

/** The smallest font size a model draws, in its own units. */
export function smallestText(model: ChartModel): number {
  return Math.min(...textSizes(model.shapes));
}

export function chartPicture(model: ChartModel): Picture {
  return {
    svg: renderSvg(model, { theme: "light" }),
    width: model.width,
    height: model.height,
    text: smallestText(model),
  };
}

/**
 * The chart laid out at several measures, from the narrowest a chart allows (24 ems of its text) to the page's
 * wide one: a narrow measure suits a tall box, a wide one a landscape box. The slot takes the one whose smallest
 * text comes out largest once scaled into the box satori leaves for it.
 */
export function chartCandidates(id: string, lang: Lang, data: Dataset): Picture[] {
  const text = presets.narrow.text;
  const widths = [presets.narrow.width, 440, 520, 640, presets.wide.width];
  return widths.map((width) => chartPicture(buildChart(id, lang, { name: `image-${width}`, width, text }, data)));
}

/** Every text a picture draws (its <text> elements), for the glyph check and the font cut. */
export function pictureText(picture: Picture): string {
  return [...picture.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) =>
      m[1]!
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    )
    .join("");
}
