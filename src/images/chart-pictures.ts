// A chart as a picture for an image slot, drawn by the one renderer with colours resolved. The slot takes the
// candidate whose smallest text comes out largest in the box the layout leaves for it.
import { presets } from "../charts/layouts.ts";
import { buildChart } from "../charts/registry.ts";
import { leaves } from "../charts/geometry.ts";
import type { ChartModel } from "../charts/model.ts";
import { renderSvg } from "../charts/render/svg.ts";
import type { Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import type { Picture } from "./job.ts";

/** The chart as a picture, its text drawn as the font's glyph outlines (renderSvg's "glyphs"). */
export function chartPicture(model: ChartModel): Picture {
  return {
    svg: renderSvg(model, { theme: "light", text: "glyphs" }),
    width: model.width,
    height: model.height,
    text: model.textRange.min,
    drawnText: leaves(model.shapes)
      .map(({ shape }) => (shape.kind === "text" ? shape.text : ""))
      .join(""),
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

/** Every text a picture draws (its <text> elements, or its outlined texts), for the glyph check and the font cut. */
export function pictureText(picture: Pick<Picture, "svg" | "drawnText">): string {
  if (picture.drawnText !== undefined) return picture.drawnText;
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
