// The files of every chart, made at build by the endpoints src/pages/charts/[id]/[file].ts and its /en/ twin:
// <id>.svg, <id>.png (2×), <id>.csv, <id>.json and oembed.json.
import type { APIContext } from "astro";
import { buildChart, chartIds } from "../charts/registry.ts";
import { palette } from "../charts/palette.ts";
import { dataset, type Dataset } from "../data/load.ts";
import { langs, type Lang } from "../data/format.ts";
import { langOfPath, localePath } from "../i18n/ui.ts";
import { oembed } from "../embed/oembed.ts";
import { inkShare, svgToPng } from "../og/png.ts";
import { reportFile } from "../og/progress.ts";
import { chartText } from "../og/chart-text.ts";
import { chartJson } from "./chart-json.ts";
import { absoluteUrl } from "../site/origin.ts";
import { tableCsv } from "./csv.ts";
import { framedChartSvg } from "./framed-svg.ts";

const kinds = ["svg", "png", "csv", "json", "oembed"] as const;
type Kind = (typeof kinds)[number];

const contentTypes: Record<Kind, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  oembed: "application/json; charset=utf-8",
};

export function chartFilePaths() {
  return chartIds.flatMap((id) =>
    kinds.map((kind) => ({
      params: { id, file: kind === "oembed" ? "oembed.json" : `${id}.${kind}` },
      props: { kind },
    })),
  );
}

export async function chartPng(id: string, lang: Lang, data: Dataset, pageUrl: string) {
  const framed = framedChartSvg(id, lang, data, pageUrl);
  const raster = await svgToPng(framed.svg, { zoom: 2, text: chartText(data) });
  const title = { x: 40, y: 40, width: raster.width - 80, height: framed.titleHeight * 2 - 40 };
  if (inkShare(raster, title, palette.light.bg) < 0.005) {
    throw new Error(`${localePath(`/charts/${id}/${id}.png`, lang)}: the title came out blank; the font did not load`);
  }
  return raster;
}

export async function chartFile({ params, props, url }: APIContext): Promise<Response> {
  const id = params.id!;
  const kind = (props as { kind: Kind }).kind;
  const lang = langOfPath(url.pathname);
  const data = dataset();
  const pageUrl = absoluteUrl(localePath(`/charts/${id}/`, lang));
  const year = new Date().getUTCFullYear();
  let body: string | Buffer;
  if (kind === "svg") body = framedChartSvg(id, lang, data, pageUrl).svg;
  else if (kind === "csv") body = tableCsv(buildChart(id, lang, "wide", data).table, lang);
  else if (kind === "json") body = chartJson(id, lang, data, pageUrl, year);
  else if (kind === "oembed") body = `${JSON.stringify(oembed(id, lang, data), null, 2)}\n`;
  else {
    const started = performance.now();
    body = (await chartPng(id, lang, data, pageUrl)).png;
    reportFile(
      "chart png",
      chartIds.length * langs.length,
      localePath(`/charts/${id}/${id}.png`, lang),
      started,
      body.length,
    );
  }
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: { "Content-Type": contentTypes[kind] },
  });
}
