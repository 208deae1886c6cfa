// A chart as a picture for an image slot, drawn by the one renderer with colours resolved. The slot takes the
// candidate whose smallest text comes out largest in the box the layout leaves for it.
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

/** Both page layouts of a chart: the wide one suits a landscape box, the narrow one a tall box. */
export function chartCandidates(id: string, lang: Lang, data: Dataset): Picture[] {
  return (["wide", "narrow"] as const).map((layout) => chartPicture(buildChart(id, lang, layout, data)));
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
