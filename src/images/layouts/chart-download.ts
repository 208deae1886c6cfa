// The chart PNG download: the framed SVG download drawn at twice its size, so the PNG and the SVG say the same.
import type { Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { framedChartSvg } from "../../downloads/framed-svg.ts";
import { localePath } from "../../i18n/ui.ts";
import { absoluteUrl } from "../../site/origin.ts";
import { pictureText } from "../chart-pictures.ts";
import type { ImageJob } from "../job.ts";

export function chartPngPath(id: string, lang: Lang): string {
  return localePath(`/charts/${id}/${id}.png`, lang);
}

export function chartPngJob(id: string, lang: Lang, data: Dataset): ImageJob {
  const framed = framedChartSvg(id, lang, data, absoluteUrl(localePath(`/charts/${id}/`, lang)));
  return {
    path: chartPngPath(id, lang),
    width: framed.width,
    height: framed.height,
    svg: framed.svg,
    zoom: 2,
    text: pictureText(framed),
    inkBox: { x: 40, y: 40, width: framed.width * 2 - 80, height: framed.titleHeight * 2 - 40 },
  };
}
