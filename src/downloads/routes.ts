// The files of every chart, made at build by the endpoints src/pages/charts/[id]/[file].ts and its /en/ twin:
// <id>.svg, <id>.png (2×), <id>-square.png and <id>-portrait.png (src/images), <id>.csv, <id>.json, oembed.json.
import type { APIContext } from "astro";
import { buildChart, chartIds } from "../charts/registry.ts";
import { dataset } from "../data/load.ts";
import { langOfPath, localePath } from "../i18n/ui.ts";
import { oembed } from "../embed/oembed.ts";
import { imageFile } from "../images/site-images.ts";
import { chartJson } from "./chart-json.ts";
import { absoluteUrl } from "../site/origin.ts";
import { tableCsv } from "./csv.ts";
import { framedChartSvg } from "./framed-svg.ts";

const kinds = ["svg", "png", "square", "portrait", "csv", "json", "oembed"] as const;
type Kind = (typeof kinds)[number];

const contentTypes: Record<Kind, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  square: "image/png",
  portrait: "image/png",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  oembed: "application/json; charset=utf-8",
};

function fileName(id: string, kind: Kind): string {
  if (kind === "oembed") return "oembed.json";
  return kind === "square" || kind === "portrait" ? `${id}-${kind}.png` : `${id}.${kind}`;
}

export function chartFilePaths() {
  return chartIds.flatMap((id) => kinds.map((kind) => ({ params: { id, file: fileName(id, kind) }, props: { kind } })));
}

export async function chartFile({ params, props, url }: APIContext): Promise<Response> {
  const id = params.id!;
  const kind = (props as { kind: Kind }).kind;
  const lang = langOfPath(url.pathname);
  const data = dataset();
  const pageUrl = absoluteUrl(localePath(`/charts/${id}/`, lang));
  if (kind === "png" || kind === "square" || kind === "portrait")
    return imageFile(localePath(`/charts/${id}/${fileName(id, kind)}`, lang));
  let body: string;
  if (kind === "svg") body = framedChartSvg(id, lang, data, pageUrl).svg;
  else if (kind === "csv") body = tableCsv(buildChart(id, lang, "wide", data).table, lang);
  else if (kind === "json") body = chartJson(id, lang, data, pageUrl);
  else body = `${JSON.stringify(oembed(id, lang, data), null, 2)}\n`;
  return new Response(body, { headers: { "Content-Type": contentTypes[kind] } });
}
