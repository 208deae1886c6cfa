// Share cards, one PNG per page that has one (src/og/cards.ts), made at build with progress printed per card.
import type { APIRoute } from "astro";
import { dataset } from "../../data/load.ts";
import { cardSpecs, type CardSpec } from "../../og/cards.ts";
import { chartText } from "../../og/chart-text.ts";
import { reportFile } from "../../og/progress.ts";
import { renderCard } from "../../og/render-card.ts";
import { siteOrigin } from "../../site/origin.ts";

export async function getStaticPaths() {
  const specs = await cardSpecs();
  return specs.map((spec) => ({ params: { card: spec.file.replace(/^\/og\//, "") }, props: { spec, total: specs.length } }));
}

let cardText: Promise<string> | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { spec, total } = props as { spec: CardSpec; total: number };
  const started = performance.now();
  cardText ??= cardSpecs().then((specs) => specs.map((s) => s.kicker + s.title + s.line).join(""));
  const data = dataset();
  const raster = await renderCard(spec, { cardText: await cardText, chartText: chartText(data), host: siteOrigin().url.host, data });
  reportFile("share card", total, spec.file, started, raster.png.length);
  return new Response(new Uint8Array(raster.png), { headers: { "Content-Type": "image/png" } });
};
