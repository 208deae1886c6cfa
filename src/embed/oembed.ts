// The oEmbed answer for a chart (type "rich"), a static file beside the chart page and found through
// <link rel="alternate" type="application/json+oembed"> on it: consumers get the embed code and the share card.
// Consumers that sanitise it keep only the iframe, whose width and height attributes still show the whole chart.
import { chartDefinition } from "../charts/registry.ts";
import type { Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import { localePath, t } from "../i18n/ui.ts";
import { cardPath, cardSize } from "../og/card-path.ts";
import { absoluteUrl } from "../site/origin.ts";
import { embedSnippet } from "./embed-code.ts";
import { embedFits, embedHeightAt } from "./embed-size.ts";

/** The width oEmbed consumers are told the embed has: an article column. */
const columnWidth = 640;

export function oembed(id: string, lang: Lang, data: Dataset) {
  const definition = chartDefinition(id);
  return {
    type: "rich",
    version: "1.0",
    title: definition.title[lang],
    provider_name: t("siteName", lang),
    provider_url: absoluteUrl(localePath("/", lang)),
    html: embedSnippet(id, lang, data),
    width: columnWidth,
    height: embedHeightAt(embedFits(id, lang, data), columnWidth),
    thumbnail_url: absoluteUrl(cardPath(localePath(`/charts/${id}/`, lang))),
    thumbnail_width: cardSize.width,
    thumbnail_height: cardSize.height,
  };
}
